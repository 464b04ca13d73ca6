package com.secutix.payments.events.checkout.v1;

import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.Money;
import com.secutix.payments.events.PlatformEvent;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A checkout session was paid: its order's {@code total} was captured by the payment {@code paymentId}
 * ({@code pspOrderId} being the order id the PSP knows it by), and the sales system may issue the
 * tickets. {@code card} is the masked card paid with and {@code cardSaved} whether the buyer asked to
 * save it. It carries no PSP alias and no card number. Keyed by session id.
 */
public record CheckoutCompleted(String tenantId, UUID sessionId, String orderId, String customerId, Money total,
                                UUID paymentId, String pspOrderId, CardSummary card, String channel,
                                boolean cardSaved, Instant occurredAt) implements PlatformEvent {

    public CheckoutCompleted {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(pspOrderId, "pspOrderId");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
