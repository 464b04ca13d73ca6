package com.secutix.payments.gateway.cardentry.adapter.in.web;

import com.secutix.payments.gateway.cardentry.domain.CardEntryOutcome;
import com.secutix.payments.gateway.cardentry.domain.EnteredCard;

/** The alias the PSP stored and the masked card, ready for {@code POST /payments} ({@code alias}, {@code card}). */
public record CardEntryResultResponse(String alias, String status, Card card) {

    public record Card(String brand, String maskedNumber, String expiry, String holderName) {
    }

    static CardEntryResultResponse of(CardEntryOutcome.AliasStored stored) {
        EnteredCard card = stored.card();
        return new CardEntryResultResponse(stored.alias(), stored.status().name(),
                new Card(card.brand(), card.maskedNumber(), card.expiry(), card.holderName()));
    }
}
