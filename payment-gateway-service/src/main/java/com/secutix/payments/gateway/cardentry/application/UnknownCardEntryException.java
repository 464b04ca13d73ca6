package com.secutix.payments.gateway.cardentry.application;

/** No card-entry form with this reference was issued to this caller in this tenant. */
public class UnknownCardEntryException extends RuntimeException {

    public UnknownCardEntryException() {
        super("no card entry with this reference was issued to this caller");
    }
}
