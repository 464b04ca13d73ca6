package com.secutix.payments.checkout.session.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One order offered to one buyer on our checkout page, for a limited time. An open session whose time is
 * up is expired, whether or not anything has recorded it yet.
 */
public record CheckoutSession(CheckoutSessionId id, String tenantId, CheckoutOrder order, CheckoutState recordedState,
                              Instant createdAt, Instant expiresAt) {

    public CheckoutSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(recordedState, "recordedState");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A new session, open until {@code expiresAt}. */
    public static CheckoutSession open(CheckoutSessionId id, String tenantId, CheckoutOrder order, Instant now, Instant expiresAt) {
        return new CheckoutSession(id, tenantId, order, CheckoutState.OPEN, now, expiresAt);
    }

    /** The state at {@code now}: an open session past its expiry is expired. */
    public CheckoutState stateAt(Instant now) {
        return recordedState == CheckoutState.OPEN && !now.isBefore(expiresAt) ? CheckoutState.EXPIRED : recordedState;
    }
}
