package com.secutix.payments.gateway.cardentry.application;

/** The alias to update is not one of this customer's (or does not exist): told apart from nothing. */
public class UnknownAliasException extends RuntimeException {

    public UnknownAliasException() {
        super("this customer has no card with this alias");
    }
}
