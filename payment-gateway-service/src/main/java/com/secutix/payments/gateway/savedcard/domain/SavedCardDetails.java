package com.secutix.payments.gateway.savedcard.domain;

import com.secutix.payments.events.CardNumbers;
import com.secutix.payments.gateway.displaytext.DisplayText;
import com.secutix.payments.events.CardSummary;
import java.util.regex.Pattern;

/**
 * What may be shown of a saved card, as the vault saved it: brand, masked number (at most the first six and
 * the last four digits, {@link CardSummary#isMasked}), expiry {@code MM/YY} and the holder's name when there is
 * one. A payment shows and publishes these, so they follow the rules of a payment's card: the same lengths,
 * no control characters, no markup or invisible direction controls, no card number anywhere.
 */
public record SavedCardDetails(String brand, String maskedNumber, String expiry, String holderName) {

    static final int MAX_BRAND_LENGTH = 25;
    static final int MAX_HOLDER_NAME_LENGTH = 50;

    private static final Pattern EXPIRY = Pattern.compile("(0[1-9]|1[0-2])/[0-9]{2}");

    public SavedCardDetails {
        checkText("brand", brand, MAX_BRAND_LENGTH);
        if (!CardSummary.isMasked(maskedNumber)) {
            throw new IllegalArgumentException("masked number must show at most the first six and the last four digits,"
                    + " the others as X or *, 12 to 19 characters");
        }
        if (expiry == null || !EXPIRY.matcher(expiry).matches()) {
            throw new IllegalArgumentException("expiry must be MM/YY");
        }
        holderName = holderName == null || holderName.isBlank() ? null : holderName.strip();
        if (holderName != null) {
            checkText("holder name", holderName, MAX_HOLDER_NAME_LENGTH);
        }
    }

    private static void checkText(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(name + " is longer than " + maxLength + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl) || DisplayText.hasMarkupOrInvisibleControls(value)) {
            throw new IllegalArgumentException(name + " holds control characters, angle brackets or invisible"
                    + " direction controls");
        }
        if (!CardNumbers.findIn(value).isEmpty()) {
            throw new IllegalArgumentException(name + " holds a card number");
        }
    }
}
