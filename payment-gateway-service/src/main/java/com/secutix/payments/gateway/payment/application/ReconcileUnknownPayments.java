package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PaymentState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Settles payments whose outcome is open (UNKNOWN, pending, waiting for the buyer) by asking the PSP
 * with querydirect ({@link PspPaymentCheck#onSchedule}), on the back-off schedule. Several instances can run
 * it: each claims its due payments with SKIP LOCKED and holds them for {@code claimFor}; a payment recorded
 * meanwhile by someone else (a buyer's return, a late answer to the order) keeps that record. A payment still
 * open when the schedule is exhausted goes to manual review, with an error log and the
 * {@code payments.reconciliation.manual.review} counter.
 */
public class ReconcileUnknownPayments {

    private static final Logger log = LoggerFactory.getLogger(ReconcileUnknownPayments.class);

    private final Payments payments;
    private final PspPaymentCheck checks;
    private final Clock clock;
    private final Duration claimFor;
    private final int batchSize;
    private final Counter settled;
    private final Counter manualReview;

    public ReconcileUnknownPayments(Payments payments, PspPaymentCheck checks, Clock clock, Duration claimFor,
            int batchSize, MeterRegistry meters) {
        this.payments = payments;
        this.checks = checks;
        this.clock = clock;
        this.claimFor = claimFor;
        this.batchSize = batchSize;
        this.settled = Counter.builder("payments.reconciliation.settled")
                .description("Open payments settled by a PSP query").register(meters);
        this.manualReview = Counter.builder("payments.reconciliation.manual.review")
                .description("Payments handed to a person because the PSP never gave a final status")
                .register(meters);
    }

    /** Checks every payment due now; emits how many were checked. */
    public Mono<Integer> reconcileDue() {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            return payments.claimDueForCheck(now, now.plus(claimFor), batchSize)
                    .concatMap(payment -> check(payment)
                            .onErrorResume(ConcurrentPaymentUpdateException.class, changed -> {
                                log.info("Payment {} was recorded by someone else while the PSP was asked; "
                                        + "that record stands", payment.id());
                                return Mono.empty();
                            })
                            .onErrorResume(error -> {
                                log.warn("Payment {} could not be reconciled now, retried later: {}", payment.id(),
                                        error.toString());
                                return Mono.empty();
                            }))
                    .count()
                    .map(Long::intValue);
        });
    }

    private Mono<Payment> check(Payment payment) {
        PaymentState before = payment.state();
        return checks.onSchedule(payment).doOnNext(checked -> report(checked, before));
    }

    private void report(Payment payment, PaymentState before) {
        if (payment.state() == PaymentState.MANUAL_REVIEW) {
            manualReview.increment();
            log.error("Payment {} (ORDERID {}) needs manual review: still {} after {} PSP checks", payment.id(),
                    payment.orderId(), before, payment.checksDone());
        } else if (payment.isSettled()) {
            settled.increment();
            log.info("Payment {} settled by reconciliation: {} -> {}", payment.id(), before, payment.state());
        }
    }
}
