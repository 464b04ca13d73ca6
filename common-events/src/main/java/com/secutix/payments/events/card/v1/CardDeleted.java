package com.secutix.payments.events.card.v1;

import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.PlatformEvent;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A saved card was removed from the vault and must no longer be charged: the customer or an operator asked
 * for it, or the tenant's {@code REPLACE_OLDEST_CARD} policy made room for a newer card. {@code card} is the
 * masked data the card had; {@code deletedBy} is the subject of the caller who asked (the customer id, the
 * operator's user name), or {@code card-vault-service} when the policy removed it. No PSP alias: a consumer
 * that holds the card's alias (from {@link CardSaved}) finds it by card id. Keyed by card id.
 */
public record CardDeleted(String tenantId, UUID cardId, String customerId, CardSummary card, String channel,
                          Reason reason, String deletedBy, Instant occurredAt) implements PlatformEvent {

    /** Why the card was removed. */
    public enum Reason {
        /** The customer deleted their own card. */
        CUSTOMER_REQUEST,
        /** An operator or an admin of the tenant deleted it. */
        OPERATOR_REQUEST,
        /** The tenant's policy ({@code REPLACE_OLDEST_CARD}) removed it to keep a newer card. */
        REPLACED_BY_NEWER_CARD
    }

    public CardDeleted {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(deletedBy, "deletedBy");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
        return cardId.toString();
    }
}
