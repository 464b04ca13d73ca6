package com.secutix.payments.cardvault.card.adapter.in.web;

import com.secutix.payments.cardvault.card.application.CustomerCard;
import com.secutix.payments.cardvault.card.domain.SavedCard;

import java.time.Instant;
import java.util.UUID;

/** A saved card as the API shows it: never the PSP alias. */
record CardView(UUID id, String brand, String maskedNumber, String expiry, String holderName, boolean expired,
                Instant savedAt, String channel) {

    static CardView of(CustomerCard listed) {
        SavedCard card = listed.card();
        var details = card.details();
        return new CardView(card.id().value(), details.brand().name(), details.maskedNumber().value(),
                details.expiry().toMmYy(), details.holderName(), listed.expired(), card.savedAt(),
                card.savedThrough().name());
    }
}
