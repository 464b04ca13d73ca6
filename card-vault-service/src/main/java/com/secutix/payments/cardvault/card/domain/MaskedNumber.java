package com.secutix.payments.cardvault.card.domain;

import java.util.regex.Pattern;

/**
 * A card number as it may be shown: mask characters followed by at most the last four digits
 * (e.g. {@code XXXXXXXXXXXX1111} or {@code **** **** **** 1111}). A full or partly unmasked number
 * is refused, so it can never be stored.
 */
public record MaskedNumber(String value) {

    private static final Pattern MASKED = Pattern.compile("[Xx*]{2,19}[0-9]{0,4}");
    private static final Pattern FULL_NUMBER = Pattern.compile("[0-9]{12,19}");

    public MaskedNumber {
        value = Text.required(value, "masked card number");
        String compact = compact(value);
        if (FULL_NUMBER.matcher(compact).matches()) {
            throw new IllegalArgumentException("masked card number must not be a full card number");
        }
        if (!MASKED.matcher(compact).matches()) {
            throw new IllegalArgumentException(
                    "masked card number must be mask characters followed by at most the last four digits");
        }
    }

    public String lastFour() {
        return compact(value).replaceAll("[^0-9]", "");
    }

    static boolean looksLikeFullCardNumber(String text) {
        return FULL_NUMBER.matcher(compact(text)).matches();
    }

    private static String compact(String text) {
        return text.replaceAll("[ -]", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
