package com.secutix.payments.checkout;

import com.secutix.payments.checkout.session.domain.CheckoutChannel;
import com.secutix.payments.checkout.session.domain.CheckoutOrder;
import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutSessionId;
import com.secutix.payments.checkout.session.domain.OrderLine;
import com.secutix.payments.events.Money;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Checkout sessions for tests: an order of two tickets (247.50 EUR) of the demo tenant, for alice, in French. */
public final class TestCheckouts {

    public static final String TENANT = "demo-theatre";
    public static final String CUSTOMER = "alice";
    public static final URI RETURN_URL = URI.create("http://localhost:8080/shop/paid");
    public static final URI CANCEL_URL = URI.create("http://localhost:8080/shop/cancelled");

    private TestCheckouts() {
    }

    /** An open session created at {@code now}, open for 30 minutes. */
    public static CheckoutSession open(Instant now) {
        return openUntil(now, now.plus(Duration.ofMinutes(30)));
    }

    public static CheckoutSession openUntil(Instant createdAt, Instant expiresAt) {
        return CheckoutSession.open(new CheckoutSessionId(UUID.randomUUID()), TENANT, order("ORD-" + UUID.randomUUID()),
                createdAt, expiresAt);
    }

    public static CheckoutOrder order(String orderId) {
        Instant startsAt = Instant.parse("2027-03-14T19:30:00Z");
        return new CheckoutOrder(orderId, CUSTOMER, "EUR", Locale.FRENCH, List.of(
                new OrderLine("T-1", "P-9", "La Traviata", startsAt, Money.of(16500, "EUR")),
                new OrderLine("T-2", "P-9", "La Traviata", startsAt, Money.of(8250, "EUR"))),
                RETURN_URL, CANCEL_URL, CheckoutChannel.WEB);
    }
}
