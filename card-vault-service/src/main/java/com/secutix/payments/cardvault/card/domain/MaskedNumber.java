package com.secutix.payments.cardvault.card.domain;

import com.secutix.payments.events.CardNumbers;
import com.secutix.payments.events.CardSummary;

/**
 * A card number as it may be shown (PCI DSS 3.4.1), in the platform's one shape of a masked number
 * ({@link CardSummary#isMasked}): at most the first six and the last four digits around the mask, 12 to
 * 19 characters, nothing else (e.g. {@code XXXXXXXXXXXX1111}, {@code 411111******1111}). A full or less
 * masked number is refused, so it can never be stored.
 */
public record MaskedNumber(String value) {

    public MaskedNumber {
        value = Text.required(value, "masked card number");
        if (!CardNumbers.findIn(value).isEmpty()) {
            throw new IllegalArgumentException("masked card number must not be a full card number");
        }
        if (!CardSummary.isMasked(value)) {
            throw new IllegalArgumentException("masked card number may show at most the first six and the last four"
                    + " digits around the mask, the others as X or *, 12 to 19 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
