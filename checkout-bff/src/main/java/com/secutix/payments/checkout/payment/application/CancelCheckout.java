package com.secutix.payments.checkout.payment.application;

import com.secutix.payments.checkout.session.domain.CheckoutSession;
import java.time.Clock;
import reactor.core.publisher.Mono;

/** The buyer gives up the order: an open session becomes CANCELLED and the sales system is told (CheckoutCancelled). */
public class CancelCheckout {

    private final CheckoutPayments payments;
    private final Clock clock;

    public CancelCheckout(CheckoutPayments payments, Clock clock) {
        this.payments = payments;
        this.clock = clock;
    }

    /** Emits false when the session was no longer open (paid, expired, being paid): nothing changes then. */
    public Mono<Boolean> cancel(CheckoutSession session) {
        return payments.cancel(session, clock.instant());
    }
}
