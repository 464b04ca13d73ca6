package com.secutix.payments.events.card.v1;

import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.PlatformEvent;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A buyer's card was saved for later purchases, after the payment that asked for it succeeded.
 * The card is the PSP alias plus masked data. The alias is a secret that can start charges: it travels
 * sealed ({@code sealedPspAlias}: platform-core's {@code SecretSealer}, AES-256-GCM bound to the tenant, {@code
 * v1:<key-id>:<sealed>}), so neither the topic nor the outbox holds it in clear; only the platform's services
 * that share the key ring open it.
 */
public record CardSaved(String tenantId, UUID cardId, String customerId, CardSummary card, String sealedPspAlias,
                        String channel, UUID sourcePaymentId, Instant occurredAt)
        implements PlatformEvent {

    public CardSaved {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(sealedPspAlias, "sealedPspAlias");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
        return cardId.toString();
    }

    /** The record's fields, with the PSP alias hidden: a printed event must never reveal it. */
    @Override
    public String toString() {
        return "CardSaved[tenantId=" + tenantId + ", cardId=" + cardId + ", customerId=" + customerId
                + ", card=" + card + ", sealedPspAlias=[hidden], channel=" + channel
                + ", sourcePaymentId=" + sourcePaymentId + ", occurredAt=" + occurredAt + "]";
    }
}
