package com.secutix.payments.gateway.cardentry.domain;

import java.math.BigInteger;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The ORDERID of one card entry at the PSP, and the one-time reference of the form that carries it:
 * "C" + 128 random bits in base 36, zero-padded to 25 letters and digits (within Ogone's 30 characters and
 * free of characters Ogone refuses). The PSP signs it back on its redirect, so a redirect names exactly
 * the form it answers.
 */
public record CardEntryReference(String value) {

    private static final int DIGITS = 25;
    private static final Pattern SHAPE = Pattern.compile("C[0-9A-Z]{" + DIGITS + "}");

    public CardEntryReference {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidCardEntryException("ORDERID: is not the reference of a card entry of ours");
        }
    }

    /** A new reference from a cryptographically strong generator. */
    public static CardEntryReference random(RandomGenerator secureRandom) {
        byte[] bits = new byte[16];
        secureRandom.nextBytes(bits);
        String base36 = new BigInteger(1, bits).toString(36).toUpperCase(Locale.ROOT);
        return new CardEntryReference("C" + "0".repeat(DIGITS - base36.length()) + base36);
    }

    @Override
    public String toString() {
        return value;
    }
}
