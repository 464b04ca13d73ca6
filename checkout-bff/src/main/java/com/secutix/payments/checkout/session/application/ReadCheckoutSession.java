package com.secutix.payments.checkout.session.application;

import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutSessionId;

import reactor.core.publisher.Mono;

/** A checkout session of the tenant, as it stands. */
public class ReadCheckoutSession {

    private final CheckoutSessions sessions;

    public ReadCheckoutSession(CheckoutSessions sessions) {
        this.sessions = sessions;
    }

    /** @throws UnknownCheckoutSessionException (as the Mono's error) when the tenant has no such session */
    public Mono<CheckoutSession> get(String tenantId, CheckoutSessionId id) {
        return sessions.find(tenantId, id).switchIfEmpty(Mono.error(UnknownCheckoutSessionException::new));
    }
}
