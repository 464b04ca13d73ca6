package com.secutix.payments.gateway.payment.domain;

import com.secutix.payments.events.CardNumbers;
import com.secutix.payments.gateway.displaytext.DisplayText;

/**
 * Rules every text field of a payment follows: present when required, bounded, no control characters, no
 * angle brackets (markup) or invisible direction controls that could disguise what a page shows, no card
 * number inside (the platform's rule, {@link CardNumbers}).
 */
final class Text {

    private Text() {
    }

    static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidPaymentException(field + ": is required");
        }
        return optional(field, value, maxLength);
    }

    static String optional(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new InvalidPaymentException(field + ": must be at most " + maxLength + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidPaymentException(field + ": must not contain control characters");
        }
        if (DisplayText.hasMarkupOrInvisibleControls(value)) {
            throw new InvalidPaymentException(
                    field + ": must not contain angle brackets or invisible direction controls");
        }
        if (!CardNumbers.findIn(value).isEmpty()) {
            throw new InvalidPaymentException(field + ": looks like a card number, which is never accepted");
        }
        return value;
    }
}
