package com.secutix.payments.events.checkout.v1;

import com.secutix.payments.events.Money;
import com.secutix.payments.events.PlatformEvent;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The buyer cancelled the order on the checkout page: the order was not paid through the session, and
 * the sales system may release the tickets it held. Keyed by session id.
 */
public record CheckoutCancelled(String tenantId, UUID sessionId, String orderId, String customerId, Money total,
                                Instant occurredAt) implements PlatformEvent {

    public CheckoutCancelled {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
