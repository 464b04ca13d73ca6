package com.secutix.payments.gateway;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client addresses for the attempt-limit tests, sent as {@code X-Forwarded-For} (the test context trusts it:
 * {@code server.forward-headers-strategy=native}); each is new in this JVM, so no test shares another's
 * per-IP count, nor that of the tests that call from the loopback address.
 */
public final class ClientAddresses {

    public static final String HEADER = "X-Forwarded-For";

    private static final AtomicInteger next = new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 20));

    private ClientAddresses() {
    }

    /** An address in 10.0.0.0/8 that no other test of this run uses. */
    public static String anyAddress() {
        int host = next.getAndIncrement() & 0xFFFFFF;
        return "10." + (host >> 16) + "." + ((host >> 8) & 0xFF) + "." + (host & 0xFF);
    }
}
