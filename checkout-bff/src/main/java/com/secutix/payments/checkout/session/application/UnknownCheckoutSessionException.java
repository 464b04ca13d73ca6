package com.secutix.payments.checkout.session.application;

/** No checkout session of this id in the caller's tenant. */
public class UnknownCheckoutSessionException extends RuntimeException {

    public UnknownCheckoutSessionException() {
        super("no such checkout session");
    }
}
