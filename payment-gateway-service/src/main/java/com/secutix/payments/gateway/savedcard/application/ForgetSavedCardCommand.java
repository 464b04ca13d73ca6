package com.secutix.payments.gateway.savedcard.application;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Forget a saved card the vault deleted (its {@code CardDeleted}) and remember it as deleted, so that neither its id
 * nor its alias pays again.
 *
 * @param eventId id of the event that told it, so a redelivered event changes nothing twice
 * @param reason  the event's reason ({@code CUSTOMER_REQUEST}, {@code OPERATOR_REQUEST}, {@code REPLACED_BY_NEWER_CARD})
 */
public record ForgetSavedCardCommand(String eventId, UUID cardId, String tenantId, String customerId, String reason,
        Instant deletedAt) implements CardEventCommand {

    public ForgetSavedCardCommand {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("event id is required");
        }
        Objects.requireNonNull(cardId, "card id");
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(customerId, "customer id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(deletedAt, "deleted at");
    }
}
