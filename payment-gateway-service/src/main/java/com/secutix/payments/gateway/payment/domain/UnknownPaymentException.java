package com.secutix.payments.gateway.payment.domain;

/** The payment does not exist, or the caller may not see it (both answer the same, so ids cannot be probed). */
public class UnknownPaymentException extends RuntimeException {

    public UnknownPaymentException() {
        super("no such payment");
    }
}
