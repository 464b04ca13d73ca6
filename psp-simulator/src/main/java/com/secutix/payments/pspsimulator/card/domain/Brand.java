package com.secutix.payments.pspsimulator.card.domain;

import java.util.Optional;

/** Card brands the simulator recognises, named as Ogone names them in BRAND. */
public enum Brand {
    VISA("VISA", 3),
    MASTERCARD("MasterCard", 3),
    AMERICAN_EXPRESS("American Express", 4),
    MAESTRO("Maestro", 3),
    DINERS_CLUB("Diners Club", 3);

    private final String ogoneName;
    private final int cvcLength;

    Brand(String ogoneName, int cvcLength) {
        this.ogoneName = ogoneName;
        this.cvcLength = cvcLength;
    }

    public String ogoneName() {
        return ogoneName;
    }

    public int cvcLength() {
        return cvcLength;
    }

    public static Optional<Brand> byOgoneName(String name) {
        for (Brand brand : values()) {
            if (brand.ogoneName.equalsIgnoreCase(name)) {
                return Optional.of(brand);
            }
        }
        return Optional.empty();
    }

    /** The brand told by the number's prefix and length (IIN ranges). */
    static Optional<Brand> of(String digits) {
        int length = digits.length();
        int two = Integer.parseInt(digits.substring(0, 2));
        int four = Integer.parseInt(digits.substring(0, 4));
        if (digits.startsWith("4") && (length == 13 || length == 16 || length == 19)) {
            return Optional.of(VISA);
        }
        if (length == 16 && ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))) {
            return Optional.of(MASTERCARD);
        }
        if (length == 15 && (two == 34 || two == 37)) {
            return Optional.of(AMERICAN_EXPRESS);
        }
        if (length >= 14 && (two == 36 || two == 38 || two == 39 || (four >= 3000 && four <= 3059))) {
            return Optional.of(DINERS_CLUB);
        }
        if (length >= 12 && (two == 50 || (two >= 56 && two <= 58) || four == 6304 || four == 6759
                || (four >= 6761 && four <= 6763))) {
            return Optional.of(MAESTRO);
        }
        return Optional.empty();
    }
}
