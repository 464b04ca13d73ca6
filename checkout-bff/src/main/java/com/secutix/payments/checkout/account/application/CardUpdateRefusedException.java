package com.secutix.payments.checkout.account.application;

/** The PSP refused the new details, or the redirect that brought them is not one the buyer's form asked for. */
public class CardUpdateRefusedException extends RuntimeException {

    public CardUpdateRefusedException(String message) {
        super(message);
    }
}
