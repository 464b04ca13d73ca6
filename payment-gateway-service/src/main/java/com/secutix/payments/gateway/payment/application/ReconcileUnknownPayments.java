package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PaymentEvent;
import com.secutix.payments.gateway.payment.domain.PaymentState;
import com.secutix.payments.gateway.payment.domain.PspExchange;
import com.secutix.payments.gateway.payment.domain.PspOutcome;
import com.secutix.payments.gateway.payment.domain.ReconciliationSchedule;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Settles payments whose outcome is open (UNKNOWN, pending, waiting for the buyer) by asking the PSP
 * with querydirect, on the back-off schedule. Several instances can run it: each claims its due
 * payments with SKIP LOCKED and holds them for {@code claimFor}. A payment still open when the
 * schedule is exhausted goes to manual review, with an error log and the
 * {@code payments.reconciliation.manual.review} counter.
 */
public class ReconcileUnknownPayments {

    private static final Logger log = LoggerFactory.getLogger(ReconcileUnknownPayments.class);

    private final Payments payments;
    private final PspDirectLink psp;
    private final ReconciliationSchedule schedule;
    private final Clock clock;
    private final Duration claimFor;
    private final int batchSize;
    private final Counter settled;
    private final Counter manualReview;

    public ReconcileUnknownPayments(Payments payments, PspDirectLink psp, ReconciliationSchedule schedule, Clock clock,
            Duration claimFor, int batchSize, MeterRegistry meters) {
        this.payments = payments;
        this.psp = psp;
        this.schedule = schedule;
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
                    .concatMap(payment -> check(payment).onErrorResume(error -> {
                        log.warn("Payment {} could not be reconciled now, retried later: {}", payment.id(),
                                error.toString());
                        return Mono.empty();
                    }))
                    .count()
                    .map(Long::intValue);
        });
    }

    private Mono<Payment> check(Payment payment) {
        Instant sentAt = clock.instant();
        return psp.query(payment.details().tenantId(), payment.orderId())
                .onErrorResume(error -> Mono.just(new PspOutcome.OutcomeUnknown(error.toString())))
                .flatMap(outcome -> {
                    PaymentState before = payment.state();
                    List<PaymentEvent> events = payment.record(PspExchange.QUERY, outcome, sentAt, clock.instant(),
                            schedule);
                    report(payment, before);
                    return payments.update(payment, events).thenReturn(payment);
                });
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
