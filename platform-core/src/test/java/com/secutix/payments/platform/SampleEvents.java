package com.secutix.payments.platform;

import com.secutix.payments.events.Money;
import com.secutix.payments.events.payment.v1.PaymentDeclined;

import java.time.Instant;
import java.util.UUID;

/** Events for tests that need one but do not care which. */
public final class SampleEvents {

    public static final Instant OCCURRED_AT = Instant.parse("2026-03-01T10:15:30Z");

    private SampleEvents() {
    }

    public static PaymentDeclined aDeclinedPayment(String tenantId) {
        return aDeclinedPayment(tenantId, UUID.randomUUID());
    }

    public static PaymentDeclined aDeclinedPayment(String tenantId, UUID paymentId) {
        return new PaymentDeclined(tenantId, paymentId, "ORD-1", "customer-1", "WEB",
                new Money(8250, "EUR"), null, "2", "30001301", "refused by the issuer", OCCURRED_AT);
    }
}
