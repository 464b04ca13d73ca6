package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PaymentState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The buyer is back from 3-D Secure (the PSP sent the browser to ACCEPTURL, DECLINEURL or EXCEPTIONURL):
 * asks the PSP at once where the payment stands, instead of waiting for the reconciliation's next check, and
 * records a decision exactly as reconciliation does ({@link PspPaymentCheck#early}). The redirect the
 * browser brought is never trusted: only the PSP's answer to our own query counts.
 * <p>
 * The PSP is not asked about a settled payment, nor about one whose order's answer is not recorded yet, nor
 * more than once per payment every {@code minInterval} ({@link Payment#mayBeQueriedEarly}, on the times of
 * the queries kept in the payment's PSP ledger): such a payment is answered as it stands. When someone else
 * (the reconciliation job, another buyer's return) records the payment while the PSP is asked, that record
 * stands and is answered; nothing of this check is recorded, so no event is appended twice.
 */
public class CheckOnBuyerReturn {

    private static final Logger log = LoggerFactory.getLogger(CheckOnBuyerReturn.class);

    private final Payments payments;
    private final PspPaymentCheck checks;
    private final Clock clock;
    private final Duration minInterval;
    private final Counter settled;

    public CheckOnBuyerReturn(Payments payments, PspPaymentCheck checks, Clock clock, Duration minInterval,
            MeterRegistry meters) {
        this.payments = payments;
        this.checks = checks;
        this.clock = clock;
        this.minInterval = minInterval;
        this.settled = Counter.builder("payments.buyer.return.settled")
                .description("Open payments settled by a PSP query on the buyer's return from 3-D Secure")
                .register(meters);
    }

    /** The payment as it stands once the PSP has been asked, or as it was when the PSP may not be asked now. */
    public Mono<Payment> check(Payment payment) {
        return Mono.defer(() -> {
            if (!payment.mayBeQueriedEarly(clock.instant(), minInterval)) {
                return Mono.just(payment);
            }
            PaymentState before = payment.state();
            return checks.early(payment)
                    .doOnNext(checked -> report(checked, before))
                    .onErrorResume(ConcurrentPaymentUpdateException.class,
                            changed -> payments.find(payment.details().tenantId(), payment.id()));
        });
    }

    private void report(Payment payment, PaymentState before) {
        if (payment.isSettled()) {
            settled.increment();
            log.info("Payment {} settled on the buyer's return: {} -> {}", payment.id(), before, payment.state());
        } else if (log.isDebugEnabled()) {
            log.debug("Payment {} still {} on the buyer's return", payment.id(), payment.state());
        }
    }
}
