package com.secutix.payments.gateway.savedcard.application;

import com.secutix.payments.gateway.savedcard.domain.SavedCardDetails;
import java.util.Objects;
import java.util.UUID;

/**
 * Show a saved card's new masked data (the vault's {@code CardUpdated}); its id, owner and alias stay.
 *
 * @param eventId id of the event that told it, so a redelivered event changes nothing twice
 */
public record UpdateSavedCardCommand(String eventId, UUID cardId, String tenantId, String customerId,
        SavedCardDetails details) implements CardEventCommand {

    public UpdateSavedCardCommand {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("event id is required");
        }
        Objects.requireNonNull(cardId, "card id");
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(customerId, "customer id");
        Objects.requireNonNull(details, "card details");
    }
}
