package com.secutix.payments.checkout.callcentre.domain;

import java.util.regex.Pattern;

/**
 * A customer id as an operator types it to find a customer: the sales system's id, letters, digits and
 * {@code . _ @ -}, at most 64 characters. Anything else names no customer and is never passed on.
 */
public record CustomerId(String value) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    public CustomerId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("a customer id is 1 to 64 letters, digits or . _ @ -");
        }
    }

    /** Whether the text is a customer id. */
    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }
}
