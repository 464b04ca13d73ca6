package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.gateway.payment.domain.PaymentId;
import com.secutix.payments.gateway.payment.domain.SavedCardId;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * The proofs that a buyer typed a saved card's security code at the PSP lately (a CVV re-entry through card entry),
 * each good for one payment with that card.
 */
public interface CvvProofsOnFile {

    /**
     * Uses up, for the payment, the customer's unused proofs of the card still good at {@code now}; false when there
     * is none. Joins the caller's transaction (the payment's start): a start that fails leaves them unused.
     */
    Mono<Boolean> useUp(String tenantId, String customerId, SavedCardId cardId, PaymentId paymentId, Instant now);
}
