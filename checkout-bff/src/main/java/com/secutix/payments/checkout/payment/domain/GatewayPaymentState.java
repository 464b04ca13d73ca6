package com.secutix.payments.checkout.payment.domain;

/** The gateway's payment states, grouped by what the checkout does next. */
public enum GatewayPaymentState {
    PENDING, UNKNOWN, PENDING_BUYER_ACTION, CAPTURED, AUTHORISED, DECLINED, FAILED, MANUAL_REVIEW;

    /** The buyer paid: the checkout is complete. */
    public boolean isPaid() {
        return this == CAPTURED || this == AUTHORISED;
    }

    /** The payment did not happen: the buyer may try again. */
    public boolean isRefused() {
        return this == DECLINED || this == FAILED;
    }
}
