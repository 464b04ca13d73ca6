package com.secutix.payments.events;

import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in the minor units of its ISO 4217 currency (cents for EUR, yen for JPY,
 * fils for BHD). Never a floating-point number.
 */
public record Money(long minorUnits, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!isKnownCurrency(currency)) {
            throw new IllegalArgumentException("unknown ISO 4217 currency: " + currency);
        }
    }

    public static Money of(long minorUnits, String currency) {
        return new Money(minorUnits, currency);
    }

    /** Number of decimals of the currency: EUR 2, JPY 0, BHD 3. */
    public int exponent() {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    public static boolean isKnownCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
