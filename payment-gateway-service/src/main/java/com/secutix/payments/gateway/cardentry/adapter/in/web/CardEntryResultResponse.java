package com.secutix.payments.gateway.cardentry.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.secutix.payments.gateway.cardentry.application.ReadCardEntryResult;
import com.secutix.payments.gateway.cardentry.domain.CardEntryOutcome;
import com.secutix.payments.gateway.cardentry.domain.CvvProof;
import com.secutix.payments.gateway.cardentry.domain.EnteredCard;
import java.time.Instant;

/**
 * The alias the PSP stored for the customer and the masked card as the PSP showed it, ready for
 * {@code POST /payments} ({@code alias}); the card's details travel with the alias, never from the client.
 * For a CVV re-entry, the saved card's id instead of its alias (which stays the vault's, payable by the id only)
 * and until when the security code just typed is good for the card's next payment. For a saved card's details update
 * the PSP confirmed, the saved card's id, {@code UPDATED} and the card's new masked data (no alias).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CardEntryResultResponse(String alias, String cardId, String status, String customerId, Card card,
        Instant cvvEnteredUntil) {

    public record Card(String brand, String maskedNumber, String expiry, String holderName) {
    }

    static CardEntryResultResponse of(ReadCardEntryResult.Result result, CardEntryOutcome.AliasStored stored) {
        EnteredCard card = stored.card();
        Card shown = new Card(card.brand(), card.maskedNumber(), card.expiry(), card.holderName());
        if (result.updatedSavedCardId().isPresent()) {
            return new CardEntryResultResponse(null, result.updatedSavedCardId().get().toString(),
                    stored.status().name(), result.customerId(), shown, null);
        }
        if (result.cvvProof().isPresent()) {
            CvvProof proof = result.cvvProof().get();
            return new CardEntryResultResponse(null, proof.savedCardId().toString(), stored.status().name(),
                    result.customerId(), shown, proof.expiresAt());
        }
        return new CardEntryResultResponse(stored.alias().value(), null, stored.status().name(), result.customerId(),
                shown, null);
    }
}
