package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PaymentEvent;
import com.secutix.payments.gateway.payment.domain.PaymentId;
import com.secutix.payments.platform.write.GuardedWrite;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where payments and their PSP transactions are kept. */
public interface Payments {

    /** Stores a new payment (committed before the PSP is called, so no order is ever untracked). */
    Mono<Void> add(Payment payment);

    /**
     * Stores the payment's new state and transactions and appends its events to the outbox, all together
     * ({@link #updating}, run).
     *
     * @throws ConcurrentPaymentUpdateException when someone else changed the payment since it was read
     */
    Mono<Void> update(Payment payment, List<PaymentEvent> events);

    /**
     * The write of {@link #update}, not run yet, for a caller that adds its own part to it (the
     * Idempotency-Key's answer): one statement, which writes nothing when someone else changed the payment since
     * it was read.
     */
    Mono<GuardedWrite> updating(Payment payment, List<PaymentEvent> events);

    /** The payment of this tenant with this id, or empty. */
    Mono<Payment> find(String tenantId, PaymentId id);

    /**
     * Claims up to {@code limit} payments whose next check is due, so that no other instance checks them
     * before {@code claimedUntil} (row locks taken with SKIP LOCKED, released at once).
     */
    Flux<Payment> claimDueForCheck(Instant now, Instant claimedUntil, int limit);
}
