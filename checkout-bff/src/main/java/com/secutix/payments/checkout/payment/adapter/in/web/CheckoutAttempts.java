package com.secutix.payments.checkout.payment.adapter.in.web;

import com.secutix.payments.platform.web.attempts.AttemptLimit;
import com.secutix.payments.platform.web.attempts.AttemptLimiter;
import com.secutix.payments.platform.web.attempts.AttemptLimitsProperties;
import reactor.core.publisher.Mono;

/**
 * The card-testing limit at the edge: every card entered and every Pay counts one attempt for the buyer's
 * address ({@code payments.attempts.limits.checkout-per-ip}), whoever the buyer says they are. The session's
 * own limit (failed payments per session) and the gateway's limits (per customer, per forwarded address) come
 * on top.
 */
public class CheckoutAttempts {

    static final String PER_ADDRESS = "checkout-per-ip";

    private final AttemptLimiter limiter;
    private final AttemptLimit perAddress;

    public CheckoutAttempts(AttemptLimiter limiter, AttemptLimitsProperties properties) {
        this.limiter = limiter;
        this.perAddress = properties.limit(PER_ADDRESS, "card entries and payments from this address");
    }

    /** Counts one attempt; errors with {@code TooManyAttemptsException} when the address used up its allowance. */
    Mono<Void> count(String tenantId, String buyerAddress) {
        return limiter.count(perAddress, tenantId, buyerAddress);
    }
}
