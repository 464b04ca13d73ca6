package com.secutix.payments.cardvault.card.domain;

import com.secutix.payments.events.CardNumbers;

/**
 * The PSP's alias of a card. An alias can start a charge, so it is a secret: it is never shown by
 * the API or logged, and {@link #toString()} hides it, so whatever holds one ({@link SavedCard}, a
 * command) prints {@code alias=[hidden]}. It is published on the platform's own topics only.
 */
public record PspAlias(String value) {

    private static final int MAX_LENGTH = 50;

    public PspAlias {
        value = Text.required(value, "PSP alias");
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("PSP alias is longer than " + MAX_LENGTH + " characters");
        }
        if (!CardNumbers.findIn(value).isEmpty()) {
            throw new IllegalArgumentException("PSP alias must not be a card number");
        }
    }

    @Override
    public String toString() {
        return "[hidden]";
    }
}
