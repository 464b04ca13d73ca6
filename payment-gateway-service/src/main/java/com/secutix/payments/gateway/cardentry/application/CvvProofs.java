package com.secutix.payments.gateway.cardentry.application;

import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * The proofs that a buyer typed a card's security code lately: a saved card's CVV re-entry ({@code cvv_proofs}), and
 * a new card's entry (its registration's {@code entered_code_until}, used up by
 * {@link CardRegistrations#findForPayment}). They are recorded by {@link CardEntries#redeem} only, with the entry's
 * redirect.
 */
public interface CvvProofs {

    /**
     * Uses up, for the payment, the card's proofs of this customer that are unused and unexpired at {@code now}:
     * the PSP keeps one security code per alias, which the payment's order takes, so every fresh proof of the card
     * goes with it. False when there is none. Joins the caller's transaction: a payment whose start rolls back
     * leaves its proofs unused, and of two payments at once only one finds them.
     */
    Mono<Boolean> useUp(String tenantId, String customerId, UUID savedCardId, UUID paymentId, Instant now);
}
