package com.secutix.payments.checkout.boxoffice.domain;

/** The gateway's payment states, as the box office reads them. */
public enum CounterPaymentState {
    PENDING, UNKNOWN, PENDING_BUYER_ACTION, CAPTURED, AUTHORISED, DECLINED, FAILED, MANUAL_REVIEW;

    /** The customer paid. */
    public boolean isPaid() {
        return this == CAPTURED || this == AUTHORISED;
    }

    /** The bank or the PSP refused it: nothing was charged; another card or another try (new key) may work. */
    public boolean isRefused() {
        return this == DECLINED || this == FAILED;
    }
}
