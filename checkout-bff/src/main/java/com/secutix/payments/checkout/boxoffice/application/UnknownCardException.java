package com.secutix.payments.checkout.boxoffice.application;

/** The customer has no saved card with this id in the terminal's tenant: nothing was charged. */
public class UnknownCardException extends RuntimeException {

    public UnknownCardException() {
        super("The customer has no saved card with this id.");
    }
}
