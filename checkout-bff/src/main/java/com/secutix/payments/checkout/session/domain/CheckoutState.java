package com.secutix.payments.checkout.session.domain;

/**
 * Where a checkout session stands: open for payment, a payment under way (PAYING), waiting for the buyer at
 * their bank (AWAITING_BUYER, 3-D Secure), paid, cancelled by the buyer, or expired unpaid.
 */
public enum CheckoutState {
    OPEN, PAYING, AWAITING_BUYER, COMPLETED, CANCELLED, EXPIRED
}
