package com.secutix.payments.checkout.session.domain;

import com.secutix.payments.events.Money;

import java.time.Instant;
import java.util.Objects;

/** One ticket of the order: which seat of which performance, when it starts, and its price. */
public record OrderLine(String ticketId, String performanceId, String performanceName, Instant performanceStartsAt, Money price) {

    public OrderLine {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(performanceId, "performanceId");
        Objects.requireNonNull(performanceName, "performanceName");
        Objects.requireNonNull(performanceStartsAt, "performanceStartsAt");
        Objects.requireNonNull(price, "price");
    }
}
