package com.secutix.payments.checkout.payment.application;

/** The tenant's card policy asks for the saved card's security code for this payment: nothing was charged. */
public class SecurityCodeRequiredException extends RuntimeException {

    public SecurityCodeRequiredException(String message) {
        super(message);
    }
}
