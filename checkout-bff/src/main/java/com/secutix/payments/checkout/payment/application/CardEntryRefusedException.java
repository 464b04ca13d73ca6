package com.secutix.payments.checkout.payment.application;

/** The PSP refused the card entered (invalid number, expired...), or the redirect was not a genuine answer to our form. */
public class CardEntryRefusedException extends RuntimeException {

    public CardEntryRefusedException(String message) {
        super(message);
    }
}
