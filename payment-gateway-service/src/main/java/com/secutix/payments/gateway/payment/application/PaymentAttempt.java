package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.gateway.payment.domain.PaymentDetails;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment asked for, as the card-testing limits count it: its details (the tenant, the customer paid
 * for) and, when the caller is that customer, the network address the request comes from. Staff and
 * machine callers are counted per customer only.
 */
public record PaymentAttempt(PaymentDetails details, Optional<String> customerAddress) {

    public PaymentAttempt {
        Objects.requireNonNull(details, "details");
        customerAddress = customerAddress == null ? Optional.empty() : customerAddress;
    }
}
