package com.secutix.payments.events.card.v1;

import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.PlatformEvent;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A saved card's details changed (a new expiry or holder name, as the PSP confirmed them on its signed
 * alias-update redirect). {@code card} is the card's masked data as it is now; the card keeps its id and its
 * alias. No PSP alias: a consumer that needs it has it from {@link CardSaved}. Keyed by card id.
 */
public record CardUpdated(String tenantId, UUID cardId, String customerId, CardSummary card, String channel,
                          Instant occurredAt) implements PlatformEvent {

    public CardUpdated {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
        return cardId.toString();
    }
}
