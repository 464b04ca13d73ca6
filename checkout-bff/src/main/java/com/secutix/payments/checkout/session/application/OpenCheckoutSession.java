package com.secutix.payments.checkout.session.application;

import com.secutix.payments.checkout.session.domain.CheckoutOrder;
import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutSessionId;
import com.secutix.payments.checkout.session.domain.InvalidCheckoutException;
import com.secutix.payments.checkout.session.domain.Violation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * Opens a checkout session for an order of the sales system. The return and cancel addresses must be on
 * the tenant's list (no open redirect through our page). One order has one session: asking again for the
 * same order with the same content answers the session it has; with other content, it is refused.
 */
public class OpenCheckoutSession {

    private final CheckoutSessions sessions;
    private final ReturnAddresses returnAddresses;
    private final Duration lifetime;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public OpenCheckoutSession(CheckoutSessions sessions, ReturnAddresses returnAddresses, Duration lifetime, Clock clock,
                               Supplier<UUID> ids) {
        this.sessions = sessions;
        this.returnAddresses = returnAddresses;
        this.lifetime = lifetime;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * @throws InvalidCheckoutException (as the Mono's error) when an address is not one of the tenant's
     * @throws OrderAlreadyInCheckoutException (as the Mono's error) for an order whose session has other content
     */
    public Mono<CheckoutSession> open(String tenantId, CheckoutOrder order) {
        return Mono.defer(() -> {
            refuseUnlistedAddresses(tenantId, order);
            Instant now = clock.instant();
            CheckoutSession session = CheckoutSession.open(new CheckoutSessionId(ids.get()), tenantId, order, now, now.plus(lifetime));
            return sessions.addIfNoneForOrder(session)
                    .flatMap(added -> added ? Mono.just(session) : sessions.findByOrder(tenantId, order.orderId())
                            .flatMap(existing -> existing.order().equals(order) ? Mono.just(existing)
                                    : Mono.error(new OrderAlreadyInCheckoutException(order.orderId()))));
        });
    }

    private void refuseUnlistedAddresses(String tenantId, CheckoutOrder order) {
        List<Violation> violations = new ArrayList<>();
        if (!returnAddresses.allows(tenantId, order.returnUrl())) {
            violations.add(new Violation("returnUrl", "is not one of this tenant's return addresses."));
        }
        if (!returnAddresses.allows(tenantId, order.cancelUrl())) {
            violations.add(new Violation("cancelUrl", "is not one of this tenant's return addresses."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCheckoutException(violations);
        }
    }
}
