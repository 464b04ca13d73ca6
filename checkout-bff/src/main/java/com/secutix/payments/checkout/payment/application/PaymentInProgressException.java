package com.secutix.payments.checkout.payment.application;

/** The gateway is still handling this checkout's payment, or is too busy to take it now: nothing new was charged. */
public class PaymentInProgressException extends RuntimeException {

    public PaymentInProgressException(String message) {
        super(message);
    }
}
