package com.secutix.payments.checkout.boxoffice.application;

/** No payment with this id in the terminal's tenant. */
public class UnknownPaymentException extends RuntimeException {

    public UnknownPaymentException() {
        super("No payment with this id.");
    }
}
