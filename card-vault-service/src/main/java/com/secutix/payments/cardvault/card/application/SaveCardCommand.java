package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.cardvault.card.domain.CardDetails;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.PspAlias;
import com.secutix.payments.cardvault.card.domain.SalesChannel;

import java.util.Objects;
import java.util.UUID;

/**
 * Save the card of a captured payment whose buyer asked to keep it.
 *
 * @param eventId       id of the event that asked, so a redelivered event saves nothing twice
 * @param correlationId carried over to the {@code CardSaved} event
 * @param sealedAlias   the alias as the payment event carried it, sealed for the owner's tenant: what {@code CardSaved}
 *                      carries in turn (an event never holds the alias in clear)
 */
public record SaveCardCommand(
        String eventId,
        String correlationId,
        UUID paymentId,
        CardOwner owner,
        PspAlias alias,
        String sealedAlias,
        CardDetails details,
        SalesChannel channel) {

    public SaveCardCommand {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("event id is required");
        }
        Objects.requireNonNull(paymentId, "payment id");
        Objects.requireNonNull(owner, "card owner");
        Objects.requireNonNull(alias, "PSP alias");
        Objects.requireNonNull(sealedAlias, "sealed PSP alias");
        Objects.requireNonNull(details, "card details");
        Objects.requireNonNull(channel, "sales channel");
    }

    /** The record's fields, the sealed alias hidden too: a printed command shows no form of the alias. */
    @Override
    public String toString() {
        return "SaveCardCommand[eventId=" + eventId + ", correlationId=" + correlationId + ", paymentId=" + paymentId
                + ", owner=" + owner + ", alias=" + alias + ", sealedAlias=[hidden], details=" + details
                + ", channel=" + channel + "]";
    }
}
