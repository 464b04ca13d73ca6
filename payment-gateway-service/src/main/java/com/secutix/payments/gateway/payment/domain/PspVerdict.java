package com.secutix.payments.gateway.payment.domain;

/** What a PSP transaction status means for us, whatever the PSP's own code. */
public enum PspVerdict {
    CAPTURED,
    AUTHORISED,
    DECLINED,
    FAILED,
    BUYER_ACTION,
    PENDING,
    UNKNOWN,
    VOIDED,
    REFUNDED,
    REFUND_FAILED
}
