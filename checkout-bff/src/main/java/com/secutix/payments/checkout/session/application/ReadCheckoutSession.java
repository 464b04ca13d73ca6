package com.secutix.payments.checkout.session.application;

import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutSessionId;
import com.secutix.payments.checkout.session.domain.SessionPayment;

import java.util.Optional;
import reactor.core.publisher.Mono;

/** A checkout session of the tenant, as it stands. */
public class ReadCheckoutSession {

    private final CheckoutSessions sessions;

    public ReadCheckoutSession(CheckoutSessions sessions) {
        this.sessions = sessions;
    }

    /** A session and, once completed, the payment that completed it. */
    public record SessionOutcome(CheckoutSession session, Optional<SessionPayment> payment) {
    }

    /** @throws UnknownCheckoutSessionException (as the Mono's error) when the tenant has no such session */
    public Mono<SessionOutcome> outcome(String tenantId, CheckoutSessionId id) {
        return get(tenantId, id).flatMap(session -> sessions.paymentOf(id).map(Optional::of).defaultIfEmpty(Optional.empty())
                .map(payment -> new SessionOutcome(session, payment)));
    }

    /** @throws UnknownCheckoutSessionException (as the Mono's error) when the tenant has no such session */
    public Mono<CheckoutSession> get(String tenantId, CheckoutSessionId id) {
        return sessions.find(tenantId, id).switchIfEmpty(Mono.error(UnknownCheckoutSessionException::new));
    }
}
