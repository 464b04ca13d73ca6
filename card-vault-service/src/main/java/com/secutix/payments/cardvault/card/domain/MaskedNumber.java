package com.secutix.payments.cardvault.card.domain;

import java.util.regex.Pattern;

/**
 * A card number as it may be shown (PCI DSS 3.4.1): at most the first six and the last four digits
 * around the mask (e.g. {@code XXXXXXXXXXXX1111}, {@code **** **** **** 1111}, {@code 411111XXXXXX1111}).
 * A full or less masked number is refused, so it can never be stored.
 */
public record MaskedNumber(String value) {

    private static final Pattern MASKED = Pattern.compile("[0-9]{0,6}[Xx*]{2,19}[0-9]{0,4}");
    private static final Pattern FULL_NUMBER = Pattern.compile("[0-9]{12,19}");

    public MaskedNumber {
        value = Text.required(value, "masked card number");
        String compact = compact(value);
        if (FULL_NUMBER.matcher(compact).matches()) {
            throw new IllegalArgumentException("masked card number must not be a full card number");
        }
        if (!MASKED.matcher(compact).matches()) {
            throw new IllegalArgumentException(
                    "masked card number may show at most the first six and the last four digits around the mask");
        }
    }

    public String lastFour() {
        String compact = compact(value);
        return compact.substring(compact.length() - trailingDigits(compact));
    }

    private static int trailingDigits(String compact) {
        int count = 0;
        while (count < compact.length() && Character.isDigit(compact.charAt(compact.length() - 1 - count))) {
            count++;
        }
        return count;
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
