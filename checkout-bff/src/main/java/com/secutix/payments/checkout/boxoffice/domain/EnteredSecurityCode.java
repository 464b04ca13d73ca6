package com.secutix.payments.checkout.boxoffice.domain;

import java.time.Instant;

/**
 * The PSP took the security code of a saved card, and the gateway recorded it (a one-use proof for the card's next
 * payment, until {@code validUntil}).
 */
public record EnteredSecurityCode(String cardId, String customerId, PaymentOutcome.ShownCard card, Instant validUntil) {
}
