package com.secutix.payments.platform.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles of the {@code roles} JWT claim ({@code customer}, {@code box_office}...) and their Spring authorities.
 * {@code checkout} is the checkout's own machine client (checkout-bff, one per tenant), which pays for the buyers
 * of its page and forwards each buyer's address.
 */
public enum Role {
    CUSTOMER, OPERATOR, BOX_OFFICE, SALES_SYSTEM, ADMIN, CHECKOUT;

    /** The value in the token's {@code roles} claim, e.g. {@code box_office}. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority, e.g. {@code ROLE_BOX_OFFICE}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromClaimValue(String value) {
        return Arrays.stream(values()).filter(role -> role.claimValue().equals(value)).findFirst();
    }
}
