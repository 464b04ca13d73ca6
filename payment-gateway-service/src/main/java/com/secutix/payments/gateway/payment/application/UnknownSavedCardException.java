package com.secutix.payments.gateway.payment.application;

/**
 * The card id is not a saved card of the paying customer in the caller's tenant: nothing is stored and
 * nothing goes to the PSP.
 */
public class UnknownSavedCardException extends RuntimeException {

    public UnknownSavedCardException() {
        super("the paying customer has no saved card with this id");
    }
}
