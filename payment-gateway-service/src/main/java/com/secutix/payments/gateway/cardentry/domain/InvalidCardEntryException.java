package com.secutix.payments.gateway.cardentry.domain;

/** A card-entry request or PSP redirect that breaks a rule; the message names the field, never its secret value. */
public class InvalidCardEntryException extends RuntimeException {

    public InvalidCardEntryException(String message) {
        super(message);
    }
}
