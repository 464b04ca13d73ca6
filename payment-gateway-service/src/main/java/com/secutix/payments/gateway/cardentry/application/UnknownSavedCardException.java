package com.secutix.payments.gateway.cardentry.application;

/** The saved card named for a CVV re-entry is not one of this customer's (or does not exist): told apart from nothing. */
public class UnknownSavedCardException extends RuntimeException {

    public UnknownSavedCardException() {
        super("this customer has no saved card with this id");
    }
}
