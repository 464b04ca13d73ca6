package com.secutix.payments.checkout.session.application;

import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutSessionId;
import com.secutix.payments.checkout.session.domain.SessionPayment;

import java.time.Instant;

import reactor.core.publisher.Mono;

/** Where checkout sessions are kept: one per order of a tenant. */
public interface CheckoutSessions {

    /** Stores the session; false when the tenant already has a session for its order (nothing stored then). */
    Mono<Boolean> addIfNoneForOrder(CheckoutSession session);

    Mono<CheckoutSession> find(String tenantId, CheckoutSessionId id);

    /** The session a page address names: its id, an unguessable capability, is all the buyer's browser has. */
    Mono<CheckoutSession> findById(CheckoutSessionId id);

    /** The payment that completed the session; empty while it is not completed. */
    Mono<SessionPayment> paymentOf(CheckoutSessionId id);

    Mono<CheckoutSession> findByOrder(String tenantId, String orderId);

    /**
     * Records as expired at most {@code limit} open sessions past their expiry at {@code now} (the oldest first,
     * skipping those another instance is recording), each with its {@code CheckoutExpired} event, in one
     * transaction; emits how many.
     */
    Mono<Integer> expireDue(Instant now, int limit);
}
