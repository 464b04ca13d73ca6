package com.secutix.payments.cardvault.card.domain;

import com.secutix.payments.events.CardNumbers;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What may be shown of a card: brand, masked number, expiry and the name on the card, when the PSP
 * gave one ({@code holderName} is then {@code null}).
 */
public record CardDetails(CardBrand brand, MaskedNumber maskedNumber, CardExpiry expiry, String holderName) {

    private static final int MAX_HOLDER_NAME_LENGTH = 100;

    public CardDetails {
        Objects.requireNonNull(brand, "card brand");
        Objects.requireNonNull(maskedNumber, "masked card number");
        Objects.requireNonNull(expiry, "card expiry");
        holderName = checkedHolderName(holderName);
    }

    public Optional<String> holder() {
        return Optional.ofNullable(holderName);
    }

    public boolean isExpiredOn(LocalDate day) {
        return expiry.isExpiredOn(day);
    }

    private static String checkedHolderName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_HOLDER_NAME_LENGTH) {
            throw new IllegalArgumentException("card holder name is longer than " + MAX_HOLDER_NAME_LENGTH + " characters");
        }
        if (!CardNumbers.findIn(stripped).isEmpty()) {
            throw new IllegalArgumentException("card holder name must not be a card number");
        }
        return stripped;
    }
}
