package com.secutix.payments.gateway.payment.application;

import reactor.core.publisher.Mono;

/** The card-testing limits on payment attempts (per customer, per customer address). */
public interface PaymentAttempts {

    /**
     * Counts the attempt; errors (429 at the edge) when the customer or the address has used up the
     * attempts of the current window, in which case nothing may be sent to the PSP.
     */
    Mono<Void> count(PaymentAttempt attempt);
}
