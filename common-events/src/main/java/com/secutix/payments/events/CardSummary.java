package com.secutix.payments.events;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What may be shown of a card: brand, masked number, expiry as {@code MM/YY} and holder name. Never a
 * full card number.
 */
public record CardSummary(String brand, String maskedNumber, String expiry, String holderName) {

    /**
     * The shape of a masked number (PCI DSS 3.4.1): at most the first six and the last four digits
     * shown, every other digit replaced by {@code X} or {@code *} ({@code XXXXXXXXXXXX1111},
     * {@code 411111******1111}), {@value #MASKED_NUMBER_SHORTEST} to {@value #MASKED_NUMBER_LONGEST}
     * characters in all, nothing else. The events' JSON Schemas state the same rule.
     */
    public static final String MASKED_NUMBER_PATTERN = "^[0-9]{0,6}[Xx*]+[0-9]{0,4}$";
    public static final int MASKED_NUMBER_SHORTEST = 12;
    public static final int MASKED_NUMBER_LONGEST = 19;

    private static final Pattern MASKED = Pattern.compile(MASKED_NUMBER_PATTERN);
    private static final Pattern EXPIRY = Pattern.compile("(0[1-9]|1[0-2])/[0-9]{2}");

    public CardSummary {
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(maskedNumber, "maskedNumber");
        Objects.requireNonNull(expiry, "expiry");
        if (!isMasked(maskedNumber)) {
            throw new IllegalArgumentException("maskedNumber must be masked: at most the first six and the last four"
                    + " digits shown, the others as X or *, 12 to 19 characters");
        }
        if (!EXPIRY.matcher(expiry).matches()) {
            throw new IllegalArgumentException("expiry must be MM/YY");
        }
    }

    /** True when the text has the shape of {@link #MASKED_NUMBER_PATTERN}. */
    public static boolean isMasked(String number) {
        return number != null && number.length() >= MASKED_NUMBER_SHORTEST && number.length() <= MASKED_NUMBER_LONGEST
                && MASKED.matcher(number).matches();
    }

    public String lastFour() {
        String digits = maskedNumber.replaceAll("[^0-9]", "");
        return digits.length() <= 4 ? digits : digits.substring(digits.length() - 4);
    }
}
