package com.secutix.payments.gateway.cardentry.application;

/** The tenant has no PSP account (or no SHA-OUT passphrase) configured, so it cannot take cards. */
public class NoCardEntryAccountException extends RuntimeException {

    public NoCardEntryAccountException(String tenantId, String missing) {
        super("tenant " + tenantId + " has no " + missing + " configured for card entry");
    }
}
