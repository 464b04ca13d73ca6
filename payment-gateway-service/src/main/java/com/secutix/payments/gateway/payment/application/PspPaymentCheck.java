package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PaymentEvent;
import com.secutix.payments.gateway.payment.domain.PspExchange;
import com.secutix.payments.gateway.payment.domain.PspOutcome;
import com.secutix.payments.gateway.payment.domain.ReconciliationSchedule;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Asks the PSP where one payment stands (querydirect under its ORDERID) and records the answer: the new
 * state, the {@code QUERY} transaction and the events commit together, and only if nobody changed the payment
 * since it was read (its version), so when the reconciliation job and a buyer's return check the same payment
 * at once, one record wins and no event is appended twice. The one piece of code both use: the job on its
 * schedule ({@link #onSchedule}), the buyer's return from 3-D Secure ahead of it ({@link #early}).
 */
public class PspPaymentCheck {

    private final Payments payments;
    private final PspDirectLink psp;
    private final ReconciliationSchedule schedule;
    private final Clock clock;

    public PspPaymentCheck(Payments payments, PspDirectLink psp, ReconciliationSchedule schedule, Clock clock) {
        this.payments = payments;
        this.psp = psp;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** The reconciliation's check: every answer is recorded and counts as one of the schedule's checks. */
    public Mono<Payment> onSchedule(Payment payment) {
        return check(payment, (outcome, sentAt, answeredAt) -> payment.record(PspExchange.QUERY, outcome, sentAt,
                answeredAt, schedule));
    }

    /**
     * A check ahead of the schedule: an answer that settles the payment is recorded as {@link #onSchedule}
     * records it, any other is only kept in the payment's PSP ledger ({@link Payment#recordEarlyQuery}).
     */
    public Mono<Payment> early(Payment payment) {
        return check(payment, (outcome, sentAt, answeredAt) -> payment.recordEarlyQuery(outcome, sentAt, answeredAt,
                schedule));
    }

    /**
     * @throws ConcurrentPaymentUpdateException (as the Mono's error) when the payment changed since it was read:
     *     nothing of this check is recorded
     */
    private Mono<Payment> check(Payment payment, Recording recording) {
        return Mono.defer(() -> {
            Instant sentAt = clock.instant();
            return psp.query(payment.details().tenantId(), payment.orderId())
                    .onErrorResume(error -> Mono.just(new PspOutcome.OutcomeUnknown(error.toString())))
                    .flatMap(outcome -> {
                        List<PaymentEvent> events = recording.record(outcome, sentAt, clock.instant());
                        return payments.update(payment, events).thenReturn(payment);
                    });
        });
    }

    @FunctionalInterface
    private interface Recording {
        List<PaymentEvent> record(PspOutcome outcome, Instant sentAt, Instant answeredAt);
    }
}
