package com.secutix.payments.checkout.session.domain;

import com.secutix.payments.events.checkout.v1.CheckoutExpired;

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

    /**
     * The session recorded as expired at {@code now}, and the event that tells it.
     *
     * @throws IllegalStateException when it is not an open session past its expiry
     */
    public Expiry expireAt(Instant now) {
        if (recordedState != CheckoutState.OPEN || stateAt(now) != CheckoutState.EXPIRED) {
            throw new IllegalStateException("checkout session " + id + " is not open past its expiry");
        }
        CheckoutSession expired = new CheckoutSession(id, tenantId, order, CheckoutState.EXPIRED, createdAt, expiresAt);
        return new Expiry(expired, new CheckoutExpired(tenantId, id.value(), order.orderId(), order.customerId(), order.total(),
                expiresAt, now));
    }

    /** An expired session and its event. */
    public record Expiry(CheckoutSession session, CheckoutExpired event) {
    }

    /** The state at {@code now}: an open session past its expiry is expired. */
    public CheckoutState stateAt(Instant now) {
        return recordedState == CheckoutState.OPEN && !now.isBefore(expiresAt) ? CheckoutState.EXPIRED : recordedState;
    }
}
