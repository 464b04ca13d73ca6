package com.secutix.payments.gateway.payment.application;

/** The alias is not a card of the paying customer: nothing is stored and nothing goes to the PSP. */
public class UnknownCardException extends RuntimeException {

    public UnknownCardException() {
        super("the paying customer has no card with this alias");
    }
}
