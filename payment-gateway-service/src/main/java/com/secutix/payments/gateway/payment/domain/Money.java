package com.secutix.payments.gateway.payment.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount in integer minor units of an ISO 4217 currency. */
public record Money(long minorUnits, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        exponentOf(currency);
    }

    /**
     * Reads a decimal amount as a caller writes it ("82.50"), refusing zero, negative amounts and
     * more decimals than the currency has.
     */
    public static Money parse(String decimal, String currency) {
        Violations violations = new Violations();
        Integer exponent = violations.check(() -> exponentOfRequired(currency));
        BigDecimal amount = violations.check(() -> positiveDecimalOf(decimal));
        violations.throwIfAny();
        BigDecimal exact = amount.stripTrailingZeros();
        if (exact.scale() > exponent) {
            throw new InvalidPaymentException("amount: " + currency + " allows at most " + exponent + " decimals");
        }
        try {
            return new Money(exact.movePointRight(exponent).longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new InvalidPaymentException("amount: is too large");
        }
    }

    /** Number of decimals of the currency (EUR 2, JPY 0, BHD 3). */
    public int exponent() {
        return exponentOf(currency);
    }

    /** The amount as a plain decimal string with the currency's decimals ("82.50"). */
    public String toDecimalString() {
        return BigDecimal.valueOf(minorUnits, exponent()).toPlainString();
    }

    private static int exponentOfRequired(String currency) {
        if (currency == null || currency.isBlank()) {
            throw new InvalidPaymentException("currency: is required");
        }
        return exponentOf(currency);
    }

    private static BigDecimal positiveDecimalOf(String decimal) {
        BigDecimal amount = decimalOf(decimal);
        if (amount.signum() <= 0) {
            throw new InvalidPaymentException("amount: must be greater than zero");
        }
        return amount;
    }

    private static BigDecimal decimalOf(String decimal) {
        if (decimal == null || decimal.isBlank()) {
            throw new InvalidPaymentException("amount: is required");
        }
        if (decimal.length() > 24) {
            throw new InvalidPaymentException("amount: is too long");
        }
        try {
            return new BigDecimal(decimal.trim());
        } catch (NumberFormatException e) {
            throw new InvalidPaymentException("amount: is not a decimal number");
        }
    }

    private static int exponentOf(String code) {
        Currency known;
        try {
            known = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidPaymentException("currency: " + printable(code) + " is not an ISO 4217 currency");
        }
        if (known.getDefaultFractionDigits() < 0) {
            throw new InvalidPaymentException("currency: " + code + " is not a currency one can pay with");
        }
        return known.getDefaultFractionDigits();
    }

    private static String printable(String code) {
        return code.length() > 8 ? code.substring(0, 8) + "..." : code;
    }
}
