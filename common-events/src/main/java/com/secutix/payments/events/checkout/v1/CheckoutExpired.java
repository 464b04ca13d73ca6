package com.secutix.payments.events.checkout.v1;

import com.secutix.payments.events.Money;
import com.secutix.payments.events.PlatformEvent;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A checkout session's time ran out before its buyer paid: the order was not paid through it, and the
 * sales system may release the tickets it held. Keyed by session id.
 */
public record CheckoutExpired(String tenantId, UUID sessionId, String orderId, String customerId, Money total,
                              Instant expiresAt, Instant occurredAt) implements PlatformEvent {

    public CheckoutExpired {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
