package com.secutix.payments.gateway.payment.domain;

import java.math.BigDecimal;

/**
 * Ogone's AMOUNT: the amount multiplied by 100, whatever the currency's decimals (DirectLink
 * guide; open-source connectors agree). So JPY 1000 is sent as 100000, and a three-decimal amount
 * is expressible only when its last decimal is zero (BHD 1.230 is 123; BHD 1.234 is refused).
 */
public final class OgoneAmount {

    private static final int OGONE_DECIMALS = 2;

    private OgoneAmount() {
    }

    public static long of(Money money) {
        BigDecimal ogone = BigDecimal.valueOf(money.minorUnits(), money.exponent()).movePointRight(OGONE_DECIMALS);
        try {
            return ogone.longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidPaymentException("amount: the PSP takes " + money.currency()
                    + " amounts with at most " + OGONE_DECIMALS + " decimals");
        }
    }

    /** Whether the PSP can take this amount; checked before a payment is created. */
    public static boolean canExpress(Money money) {
        try {
            of(money);
            return true;
        } catch (InvalidPaymentException e) {
            return false;
        }
    }

    /** Reads an AMOUNT back into minor units of the currency (used to compare the PSP's answer). */
    public static Money toMoney(long ogoneAmount, String currency) {
        int exponent = new Money(1, currency).exponent();
        BigDecimal minor = BigDecimal.valueOf(ogoneAmount, OGONE_DECIMALS).movePointRight(exponent);
        return new Money(minor.longValueExact(), currency);
    }
}
