package com.secutix.payments.checkout.payment.application;

import com.secutix.payments.checkout.session.application.CheckoutSessions;
import com.secutix.payments.checkout.session.domain.CheckoutState;
import java.time.Clock;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Money is never lost between the BFF and the gateway: a session left PAYING with no answer for longer than
 * {@code stuckAfter} (the BFF stopped while paying) has its kept request sent again under the same
 * {@code Idempotency-Key}, so the gateway answers the payment it made, if it made one, and the session ends as
 * that payment did; a session that kept no request had sent nothing and opens again. A session waiting for a
 * buyer who never came back from 3-D Secure follows its payment as the gateway's reconciliation settles it.
 */
public class ResumeInterruptedPayments {

    private final CheckoutPayments payments;
    private final CheckoutSessions sessions;
    private final PayCheckout payCheckout;
    private final Duration stuckAfter;
    private final int batchSize;
    private final Clock clock;

    public ResumeInterruptedPayments(CheckoutPayments payments, CheckoutSessions sessions, PayCheckout payCheckout,
                                     Duration stuckAfter, int batchSize, Clock clock) {
        this.payments = payments;
        this.sessions = sessions;
        this.payCheckout = payCheckout;
        this.stuckAfter = stuckAfter;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** Emits how many interrupted payments were taken up again. */
    public Mono<Long> resume() {
        return payments.interrupted(clock.instant().minus(stuckAfter), batchSize)
                .concatMap(interrupted -> sessions.findById(interrupted.sessionId())
                        .flatMap(session -> session.recordedState() == CheckoutState.AWAITING_BUYER
                                ? payCheckout.refresh(session)
                                : payCheckout.resume(session, interrupted.pending())))
                .count();
    }
}
