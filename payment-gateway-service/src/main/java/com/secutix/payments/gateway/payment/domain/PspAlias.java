package com.secutix.payments.gateway.payment.domain;

import java.util.regex.Pattern;

/**
 * The PSP's alias of a card. It can start charges, so it is a secret: it never appears in
 * {@link #toString()}, logs or API answers.
 */
public record PspAlias(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_.:@-]+");

    public PspAlias {
        Text.required("alias", value, 50);
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidPaymentException("alias: may hold only letters, digits and _ . : @ -");
        }
    }

    @Override
    public String toString() {
        return "PspAlias[***]";
    }
}
