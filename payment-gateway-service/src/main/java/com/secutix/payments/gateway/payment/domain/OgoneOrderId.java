package com.secutix.payments.gateway.payment.domain;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.UUID;

/**
 * Ogone's ORDERID for a payment: derived from the payment id alone, so every retry and every query
 * names the same order. "P" + the 128 bits of the id in base 36, zero-padded: 26 letters and digits,
 * within Ogone's 30.
 */
public record OgoneOrderId(String value) {

    public static final int MAX_LENGTH = 30;
    private static final int DIGITS = 25;

    public OgoneOrderId {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an ORDERID has 1 to " + MAX_LENGTH + " characters");
        }
    }

    public static OgoneOrderId of(PaymentId id) {
        UUID uuid = id.value();
        byte[] bits = ByteBuffer.allocate(16)
                .putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits())
                .array();
        String base36 = new BigInteger(1, bits).toString(36).toUpperCase(Locale.ROOT);
        return new OgoneOrderId("P" + "0".repeat(DIGITS - base36.length()) + base36);
    }

    @Override
    public String toString() {
        return value;
    }
}
