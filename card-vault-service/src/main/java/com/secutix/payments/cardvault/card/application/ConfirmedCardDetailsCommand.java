package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.cardvault.card.domain.CardDetails;
import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;

import java.util.Objects;

/**
 * Apply the details the PSP confirmed for a saved card (the gateway's {@code SavedCardDetailsConfirmed}).
 *
 * @param eventId       id of that event, so a redelivered event changes nothing twice
 * @param correlationId carried over to {@code CardUpdated}
 */
public record ConfirmedCardDetailsCommand(String eventId, String correlationId, CardOwner owner, CardId cardId,
                                          CardDetails details) {

    public ConfirmedCardDetailsCommand {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("event id is required");
        }
        Objects.requireNonNull(owner, "card owner");
        Objects.requireNonNull(cardId, "card id");
        Objects.requireNonNull(details, "card details");
    }
}
