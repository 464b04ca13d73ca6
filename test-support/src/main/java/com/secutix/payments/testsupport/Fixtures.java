package com.secutix.payments.testsupport;

import java.util.UUID;

/** Values that a test needs but does not care about; each call returns a new one. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String anyCustomerId() {
        return "customer-" + UUID.randomUUID();
    }

    /**
     * A merchant order reference, short enough for Ogone's ORDERID (at most 30 characters): 64 random bits written
     * as 16 letters (A to P), never digits, since 16 random digits pass for a card number now and then (a Luhn-valid
     * one failed the card-data scan of a run's outputs).
     */
    public static String anyOrderReference() {
        StringBuilder reference = new StringBuilder("ORD-");
        for (char hex : UUID.randomUUID().toString().replace("-", "").substring(0, 16).toCharArray()) {
            reference.append((char) ('A' + Character.digit(hex, 16)));
        }
        return reference.toString();
    }
}
