package com.secutix.payments.gateway.payment.domain;

import java.time.Instant;

/** What happened to a payment that other services must hear about. */
public sealed interface PaymentEvent {

    PaymentId paymentId();

    Instant occurredAt();

    record Captured(PaymentId paymentId, Instant occurredAt) implements PaymentEvent {
    }

    record Authorised(PaymentId paymentId, Instant occurredAt) implements PaymentEvent {
    }

    /** Refused by the issuer, or failed at the PSP: the buyer did not pay. */
    record Declined(PaymentId paymentId, PaymentState state, Integer pspStatus, String ncError, Instant occurredAt)
            implements PaymentEvent {
    }
}
