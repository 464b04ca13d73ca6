package com.secutix.payments.events;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What may be shown of a card: brand, masked number (at most the first six and the last four
 * digits, PCI DSS 3.4.1), expiry as {@code MM/YY} and holder name. Never a full card number.
 */
public record CardSummary(String brand, String maskedNumber, String expiry, String holderName) {

    private static final Pattern MASKED = Pattern.compile("[0-9Xx* ]{4,23}");
    private static final Pattern EXPIRY = Pattern.compile("(0[1-9]|1[0-2])/[0-9]{2}");
    private static final int MAX_VISIBLE_DIGITS = 10;

    public CardSummary {
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(maskedNumber, "maskedNumber");
        Objects.requireNonNull(expiry, "expiry");
        if (!isMasked(maskedNumber)) {
            throw new IllegalArgumentException("maskedNumber must be masked (at most BIN and last four digits visible)");
        }
        if (!EXPIRY.matcher(expiry).matches()) {
            throw new IllegalArgumentException("expiry must be MM/YY");
        }
    }

    /** True when the text is a masked card number: mask characters and few enough visible digits. */
    public static boolean isMasked(String number) {
        if (number == null || !MASKED.matcher(number).matches()) {
            return false;
        }
        long digits = number.chars().filter(Character::isDigit).count();
        boolean hasMask = number.chars().anyMatch(c -> c == 'X' || c == 'x' || c == '*');
        return hasMask && digits <= MAX_VISIBLE_DIGITS;
    }

    public String lastFour() {
        String digits = maskedNumber.replaceAll("[^0-9]", "");
        return digits.length() <= 4 ? digits : digits.substring(digits.length() - 4);
    }
}
