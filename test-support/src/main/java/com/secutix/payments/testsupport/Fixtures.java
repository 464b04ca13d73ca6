package com.secutix.payments.testsupport;

import java.util.Locale;
import java.util.UUID;

/** Values that a test needs but does not care about; each call returns a new one. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String anyCustomerId() {
        return "customer-" + UUID.randomUUID();
    }

    /** A merchant order reference, short enough for Ogone's ORDERID (at most 30 characters). */
    public static String anyOrderReference() {
        return "ORD-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
    }
}
