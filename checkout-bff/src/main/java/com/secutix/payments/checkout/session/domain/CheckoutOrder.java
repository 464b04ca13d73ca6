package com.secutix.payments.checkout.session.domain;

import com.secutix.payments.events.Money;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the sales system asks the buyer to pay: its order, the customer, the currency and language of the
 * page, the tickets, where the buyer goes back to after paying ({@code returnUrl}) or cancelling
 * ({@code cancelUrl}), and whether the buyer pays on the web or in the app ({@code channel}).
 */
public record CheckoutOrder(String orderId, String customerId, String currency, Locale locale, List<OrderLine> lines,
                            URI returnUrl, URI cancelUrl, CheckoutChannel channel) {

    public CheckoutOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(locale, "locale");
        lines = List.copyOf(lines);
        Objects.requireNonNull(returnUrl, "returnUrl");
        Objects.requireNonNull(cancelUrl, "cancelUrl");
        Objects.requireNonNull(channel, "channel");
        if (lines.isEmpty() || lines.stream().anyMatch(line -> !line.price().currency().equals(currency))) {
            throw new IllegalArgumentException("an order has lines, all priced in its currency");
        }
    }

    /** The amount to pay: the sum of the lines. */
    public Money total() {
        return Money.of(lines.stream().mapToLong(line -> line.price().minorUnits()).sum(), currency);
    }
}
