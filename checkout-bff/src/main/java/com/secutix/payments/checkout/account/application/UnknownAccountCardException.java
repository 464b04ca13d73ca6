package com.secutix.payments.checkout.account.application;

/** The card named is not among the signed-in buyer's saved cards (or no longer is). */
public class UnknownAccountCardException extends RuntimeException {

    public UnknownAccountCardException(String message) {
        super(message);
    }
}
