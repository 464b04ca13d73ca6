package com.secutix.payments.cardvault.card.domain;

import java.time.LocalDate;
import java.util.Objects;

/** What may be shown of a card: brand, masked number, expiry and the name on the card. */
public record CardDetails(CardBrand brand, MaskedNumber maskedNumber, CardExpiry expiry, String holderName) {

    private static final int MAX_HOLDER_NAME_LENGTH = 100;

    public CardDetails {
        Objects.requireNonNull(brand, "card brand");
        Objects.requireNonNull(maskedNumber, "masked card number");
        Objects.requireNonNull(expiry, "card expiry");
        holderName = Text.required(holderName, "card holder name");
        if (holderName.length() > MAX_HOLDER_NAME_LENGTH) {
            throw new IllegalArgumentException("card holder name is longer than " + MAX_HOLDER_NAME_LENGTH + " characters");
        }
        if (MaskedNumber.looksLikeFullCardNumber(holderName)) {
            throw new IllegalArgumentException("card holder name must not be a card number");
        }
    }

    public boolean isExpiredOn(LocalDate day) {
        return expiry.isExpiredOn(day);
    }
}
