package com.secutix.payments.checkout.session.domain;

import java.util.Objects;
import java.util.UUID;

/** A checkout session's id: random, so that a page address cannot be guessed. */
public record CheckoutSessionId(UUID value) {

    public CheckoutSessionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
