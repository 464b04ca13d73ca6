package com.secutix.payments.gateway.payment.adapter.out.attempts;

import com.secutix.payments.gateway.payment.application.PaymentAttempt;
import com.secutix.payments.gateway.payment.application.PaymentAttempts;
import com.secutix.payments.platform.web.attempts.AttemptLimiter;
import com.secutix.payments.platform.web.attempts.AttemptLimitsProperties;
import com.secutix.payments.platform.web.attempts.CustomerAttemptLimits;
import reactor.core.publisher.Mono;

/**
 * {@link PaymentAttempts} counted by the platform's {@link AttemptLimiter} in the gateway's database, under
 * {@code payments.attempts.limits.payment-per-customer} and {@code payment-per-ip}.
 */
public class PlatformPaymentAttempts implements PaymentAttempts {

    static final String PER_CUSTOMER = "payment-per-customer";
    static final String PER_IP = "payment-per-ip";

    private final CustomerAttemptLimits limits;

    public PlatformPaymentAttempts(AttemptLimiter limiter, AttemptLimitsProperties properties) {
        this.limits = new CustomerAttemptLimits(limiter,
                properties.limit(PER_CUSTOMER, "payment attempts for this customer"),
                properties.limit(PER_IP, "payment attempts from this address"));
    }

    @Override
    public Mono<Void> count(PaymentAttempt attempt) {
        return limits.count(attempt.details().tenantId(), attempt.details().customerId(), attempt.customerAddress());
    }
}
