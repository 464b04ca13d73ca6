package com.secutix.payments.checkout.session.domain;

/** Where a checkout session stands: open for payment, paid, cancelled by the buyer, or expired unpaid. */
public enum CheckoutState {
    OPEN, COMPLETED, CANCELLED, EXPIRED
}
