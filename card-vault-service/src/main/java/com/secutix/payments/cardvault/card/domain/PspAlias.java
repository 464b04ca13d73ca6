package com.secutix.payments.cardvault.card.domain;

/**
 * The PSP's alias of a card. An alias can start a charge, so it is a secret: it is never shown by
 * the API, logged or published, and {@link #toString()} hides it.
 */
public record PspAlias(String value) {

    private static final int MAX_LENGTH = 50;

    public PspAlias {
        value = Text.required(value, "PSP alias");
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("PSP alias is longer than " + MAX_LENGTH + " characters");
        }
        if (MaskedNumber.looksLikeFullCardNumber(value)) {
            throw new IllegalArgumentException("PSP alias must not be a card number");
        }
    }

    @Override
    public String toString() {
        return "PspAlias[****]";
    }
}
