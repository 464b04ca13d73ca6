package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.gateway.payment.domain.PaymentDetails;
import com.secutix.payments.gateway.payment.domain.SavedCardId;
import com.secutix.payments.gateway.payment.domain.ThreeDSecureRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment asked for: its details (the tenant, the customer paid for), the card to charge, what 3-D Secure
 * needs for an e-commerce payment, and the buyer's network address when the caller forwards it (the checkout:
 * the card-testing limits count it). Staff and the sales system are counted per customer only.
 * <p>
 * The card is named one way: the alias of the details (from card entry), or the id of a card the vault saved
 * ({@code savedCardId}), whose alias the gateway looks up for the paying customer and the caller never sees.
 */
public record PaymentAttempt(PaymentDetails details, Optional<SavedCardId> savedCardId,
        Optional<ThreeDSecureRequest> threeDSecure, Optional<String> customerAddress) {

    public PaymentAttempt {
        Objects.requireNonNull(details, "details");
        savedCardId = savedCardId == null ? Optional.empty() : savedCardId;
        threeDSecure = threeDSecure == null ? Optional.empty() : threeDSecure;
        customerAddress = customerAddress == null ? Optional.empty() : customerAddress;
        if ((details.alias() == null) == savedCardId.isEmpty()) {
            throw new IllegalArgumentException(
                    "a payment is asked for with an alias or a saved card's id, exactly one");
        }
    }
}
