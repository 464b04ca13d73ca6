package com.secutix.payments.gateway.payment.domain;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of a card the card vault saved for a customer ({@code CardSaved.cardId}): what a caller pays a saved
 * card with, so that it never holds the card's PSP alias. Only the canonical form of a UUID is read
 * ({@code 8-4-4-4-12} hex digits): {@link UUID#fromString} would also take {@code 1-2-3-4-5}, and a request
 * means one thing.
 */
public record SavedCardId(UUID value) {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public SavedCardId {
        Objects.requireNonNull(value, "saved card id");
    }

    /** The id written in a request; a violation of {@code cardId} when it is not a UUID. */
    public static SavedCardId parse(String text) {
        if (text == null || !CANONICAL_UUID.matcher(text).matches()) {
            throw new InvalidPaymentException(
                    "cardId: must be the id of a saved card, a UUID such as 6f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7f8");
        }
        return new SavedCardId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
