package com.secutix.payments.gateway.cardentry.application;

/** A card-entry redirect whose signature is missing or wrong: nothing it says can be trusted. */
public class ForgedRedirectException extends RuntimeException {

    public ForgedRedirectException() {
        super("signature does not match");
    }
}
