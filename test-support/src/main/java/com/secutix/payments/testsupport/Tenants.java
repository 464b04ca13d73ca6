package com.secutix.payments.testsupport;

/** Tenants known to tests. */
public final class Tenants {

    /** The demo tenant of the local stack; the simulator knows its PSP account. */
    public static final String DEMO = "demo-theatre";

    /** A second tenant, to prove that one tenant never sees another's data. */
    public static final String OTHER = "other-theatre";

    private Tenants() {
    }
}
