package com.secutix.payments.gateway.cardentry.adapter.in.web;

import com.secutix.payments.gateway.cardentry.domain.CardEntryOutcome;
import com.secutix.payments.gateway.cardentry.domain.EnteredCard;

/**
 * The alias the PSP stored for the customer and the masked card as the PSP showed it, ready for
 * {@code POST /payments} ({@code alias}); the card's details travel with the alias, never from the client.
 */
public record CardEntryResultResponse(String alias, String status, String customerId, Card card) {

    public record Card(String brand, String maskedNumber, String expiry, String holderName) {
    }

    static CardEntryResultResponse of(String customerId, CardEntryOutcome.AliasStored stored) {
        EnteredCard card = stored.card();
        return new CardEntryResultResponse(stored.alias().value(), stored.status().name(), customerId,
                new Card(card.brand(), card.maskedNumber(), card.expiry(), card.holderName()));
    }
}
