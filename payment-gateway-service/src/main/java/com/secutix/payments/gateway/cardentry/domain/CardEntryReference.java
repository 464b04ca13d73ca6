package com.secutix.payments.gateway.cardentry.domain;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The ORDERID of a card entry at the PSP: derived from the order reference alone, so every card entry
 * for an order carries the same reference. "C" + the first 128 bits of the reference's SHA-256 in
 * base 36, zero-padded: 26 letters and digits, within Ogone's 30 and free of characters Ogone refuses.
 */
public record CardEntryReference(String value) {

    private static final int DIGITS = 25;

    public static CardEntryReference of(String orderReference) {
        byte[] hash = sha256(orderReference.getBytes(StandardCharsets.UTF_8));
        String base36 = new BigInteger(1, Arrays.copyOf(hash, 16)).toString(36).toUpperCase(Locale.ROOT);
        return new CardEntryReference("C" + "0".repeat(DIGITS - base36.length()) + base36);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
