package com.secutix.payments.checkout.boxoffice.domain;

import java.util.UUID;

/**
 * A box-office payment as the gateway answered it: its id and state, the amount, the masked card charged, and
 * whether the answer is the replay of an earlier request under the same {@code Idempotency-Key}.
 */
public record PaymentOutcome(UUID id, CounterPaymentState state, String amount, String currency, String orderReference,
                             String customerId, ShownCard card, boolean replayed) {

    /** What may be shown of a card: brand, masked number, expiry (MM/YY), holder. */
    public record ShownCard(String brand, String maskedNumber, String expiry, String holderName) {
    }
}
