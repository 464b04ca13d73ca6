package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PaymentDetails;
import com.secutix.payments.gateway.payment.domain.PaymentEvent;
import com.secutix.payments.gateway.payment.domain.PaymentId;
import com.secutix.payments.gateway.payment.domain.PspExchange;
import com.secutix.payments.gateway.payment.domain.PspOutcome;
import com.secutix.payments.gateway.payment.domain.ReconciliationSchedule;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Pays with a card alias: counts the attempt against the card-testing limits, stores the payment PENDING,
 * sends the order to the PSP under the payment's ORDERID, then records the outcome and its event in one
 * transaction. When the answer is lost the payment stays UNKNOWN and {@link ReconcileUnknownPayments}
 * settles it.
 */
public class PayWithAlias {

    private static final Logger log = LoggerFactory.getLogger(PayWithAlias.class);

    private final Payments payments;
    private final PaymentAttempts attempts;
    private final PspDirectLink psp;
    private final ReconciliationSchedule schedule;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public PayWithAlias(Payments payments, PaymentAttempts attempts, PspDirectLink psp, ReconciliationSchedule schedule,
            Clock clock, Supplier<UUID> ids) {
        this.payments = payments;
        this.attempts = attempts;
        this.psp = psp;
        this.schedule = schedule;
        this.clock = clock;
        this.ids = ids;
    }

    public Mono<Payment> pay(PaymentAttempt attempt) {
        PaymentDetails details = attempt.details();
        return Mono.defer(() -> {
            if (!psp.hasAccountFor(details.tenantId())) {
                return Mono.error(new NoPspAccountException(details.tenantId()));
            }
            Payment payment = Payment.start(new PaymentId(ids.get()), details, clock.instant(), schedule);
            // counted only once the payment will really be tried: invalid input is no attempt; over the
            // limit, nothing is stored or sent
            return attempts.count(attempt).then(payments.add(payment)).then(order(payment));
        });
    }

    private Mono<Payment> order(Payment payment) {
        Instant sentAt = clock.instant();
        return psp.order(payment)
                .onErrorResume(error -> Mono.just(new PspOutcome.OutcomeUnknown(error.toString())))
                .flatMap(outcome -> {
                    List<PaymentEvent> events = payment.record(PspExchange.ORDER, outcome, sentAt, clock.instant(),
                            schedule);
                    log.info("Payment {} ordered at the PSP: {}", payment.id(), payment.state());
                    return payments.update(payment, events).thenReturn(payment);
                })
                // the reconciliation job settled it while the PSP was slow: its record is the truth
                .onErrorResume(ConcurrentPaymentUpdateException.class,
                        conflict -> payments.find(payment.details().tenantId(), payment.id()));
    }
}
