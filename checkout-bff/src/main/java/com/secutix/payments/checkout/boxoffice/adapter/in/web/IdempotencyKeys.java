package com.secutix.payments.checkout.boxoffice.adapter.in.web;

import com.secutix.payments.platform.problem.InvalidRequestException;

/**
 * The {@code Idempotency-Key} a terminal sends, checked by the platform's rules before anything is asked of the
 * gateway (which checks it again and keeps it): required, 1 to 255 visible ASCII characters, no comma. Two headers
 * never get here (the platform refuses them first).
 */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    static final int LONGEST = 255;

    private IdempotencyKeys() {
    }

    static String checked(String key) {
        if (key == null || key.isEmpty()) {
            throw new InvalidRequestException("The " + HEADER + " header is required: one key per payment, sent again"
                    + " unchanged with every retry of that payment (a UUID is a good key).");
        }
        if (key.length() > LONGEST) {
            throw new InvalidRequestException("The " + HEADER + " header must not be longer than " + LONGEST + " characters.");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ',') {
                throw new InvalidRequestException("The " + HEADER + " header must hold one key, without a comma.");
            }
            if (c < 0x21 || c > 0x7E) {
                throw new InvalidRequestException("The " + HEADER + " header may only hold visible ASCII characters"
                        + " (no space, control or non-ASCII character); character " + (i + 1) + " is not one.");
            }
        }
        return key;
    }
}
