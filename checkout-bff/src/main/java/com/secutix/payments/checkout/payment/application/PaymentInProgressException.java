package com.secutix.payments.checkout.payment.application;

/** The gateway is still handling this payment (a request with the same key is running there): nothing new was charged. */
public class PaymentInProgressException extends RuntimeException {

    public PaymentInProgressException(String message) {
        super(message);
    }
}
