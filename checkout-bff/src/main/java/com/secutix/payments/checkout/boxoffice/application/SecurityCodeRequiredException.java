package com.secutix.payments.checkout.boxoffice.application;

/** The tenant's policy asks for the saved card's security code for this payment: nothing was stored or charged. */
public class SecurityCodeRequiredException extends RuntimeException {

    public SecurityCodeRequiredException(String message) {
        super(message);
    }
}
