package com.secutix.payments.gateway.savedcard.application;

import com.secutix.payments.gateway.savedcard.domain.SavedCard;
import java.util.Objects;

/**
 * Keep a card the vault saved.
 *
 * @param eventId id of the {@code CardSaved} event that told it, so a redelivered event keeps nothing twice
 */
public record KeepSavedCardCommand(String eventId, SavedCard card) implements CardEventCommand {

    public KeepSavedCardCommand {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("event id is required");
        }
        Objects.requireNonNull(card, "saved card");
    }
}
