package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.gateway.payment.domain.PaymentDetails;
import com.secutix.payments.gateway.payment.domain.ThreeDSecureRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment asked for: its details (the tenant, the customer paid for), what 3-D Secure needs for an
 * e-commerce payment, and, when the caller is that customer, the network address the request comes from
 * (the card-testing limits count it). Staff and machine callers are counted per customer only.
 */
public record PaymentAttempt(PaymentDetails details, Optional<ThreeDSecureRequest> threeDSecure,
        Optional<String> customerAddress) {

    public PaymentAttempt {
        Objects.requireNonNull(details, "details");
        threeDSecure = threeDSecure == null ? Optional.empty() : threeDSecure;
        customerAddress = customerAddress == null ? Optional.empty() : customerAddress;
    }
}
