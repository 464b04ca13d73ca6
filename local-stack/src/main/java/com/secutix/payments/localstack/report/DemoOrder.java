package com.secutix.payments.localstack.report;

/**
 * The demo order the local stack announces, from the demo sales system of tenant
 * {@code demo-theatre}, for customer {@code alice}. Order references come from the sales system
 * as strings (architecture.md); DEMO data.
 */
final class DemoOrder {

    static final String REFERENCE = "DEMO-ORDER-0001";
    static final String CUSTOMER = "alice";
    static final String AMOUNT = "82.50";
    static final String CURRENCY = "EUR";

    private DemoOrder() {
    }
}
