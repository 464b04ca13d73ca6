package com.secutix.payments.checkout.payment.application;

import com.secutix.payments.checkout.payment.domain.BuyerBrowser;

/**
 * The payment request of a claimed session, kept before the gateway is asked: its {@code Idempotency-Key}, the
 * saved card's id (null: the card entered for the session), whether to save the card, and the browser. Sent
 * again as it is, under the same key, it can only answer the payment it started.
 */
public record PendingPayment(String idempotencyKey, String cardId, boolean saveCard, BuyerBrowser browser) {
}
