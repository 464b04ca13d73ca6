package com.secutix.payments.events;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in the minor units of its ISO 4217 currency (cents for EUR, yen for JPY,
 * fils for BHD). Never a floating-point number.
 */
public record Money(long minorUnits, String currency) {

    private static final Pattern DECIMAL_TEXT = Pattern.compile("(0|[1-9][0-9]{0,11})(\\.[0-9]{1,3})?");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!isKnownCurrency(currency)) {
            throw new IllegalArgumentException("unknown ISO 4217 currency: " + currency);
        }
    }

    public static Money of(long minorUnits, String currency) {
        return new Money(minorUnits, currency);
    }

    /**
     * An amount a request writes as decimal text in a known currency ({@code "82.50"} EUR): digits with at
     * most one point, no sign, exponent, space or leading zero, and at most the currency's decimals.
     *
     * @throws IllegalArgumentException whose message says, in a caller's words, what is wrong with the text
     */
    public static Money ofDecimalText(String text, String currency) {
        if (!isDecimalText(text)) {
            throw new IllegalArgumentException("must be a decimal amount written as text, e.g. \"82.50\".");
        }
        int exponent = Money.of(0, currency).exponent();
        BigDecimal decimal = new BigDecimal(text);
        if (decimal.scale() > exponent) {
            throw new IllegalArgumentException(currency + " amounts have at most " + exponent + " decimals.");
        }
        return Money.of(decimal.movePointRight(exponent).longValueExact(), currency);
    }

    /** Whether the text has the shape of an amount, whatever its currency: digits and at most one point. */
    public static boolean isDecimalText(String text) {
        return text != null && DECIMAL_TEXT.matcher(text).matches();
    }

    /** The amount as decimal text, e.g. {@code "82.50"}. */
    public String decimalText() {
        return BigDecimal.valueOf(minorUnits, exponent()).toPlainString();
    }

    /** Number of decimals of the currency: EUR 2, JPY 0, BHD 3. */
    public int exponent() {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    public static boolean isKnownCurrency(String code) {
        if (code == null || !CURRENCY_CODE.matcher(code).matches()) {
            return false;
        }
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
