package com.secutix.payments.events.cardentry.v1;

import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.PlatformEvent;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The PSP confirmed, on a SHA-OUT-signed Alias Gateway redirect (STATUS 2), new details for a saved card
 * whose alias-update form the gateway signed: {@code card} is the masked data the PSP now holds (brand,
 * masked number, expiry, holder), read from that redirect only. {@code pspOrderId} is the card-entry
 * form's ORDERID the redirect answered. The vault applies it and publishes
 * {@link com.secutix.payments.events.card.v1.CardUpdated}. No PSP alias. Keyed by card id.
 */
public record SavedCardDetailsConfirmed(String tenantId, UUID cardId, String customerId, CardSummary card,
                                        String pspOrderId, Instant occurredAt) implements PlatformEvent {

    public SavedCardDetailsConfirmed {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(pspOrderId, "pspOrderId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
        return cardId.toString();
    }
}
