package com.secutix.payments.gateway.cardentry.application;

/** The card-entry form was already used, or has expired: a redirect for it changes nothing. */
public class ClosedCardEntryException extends RuntimeException {

    private final boolean expired;

    private ClosedCardEntryException(String message, boolean expired) {
        super(message);
        this.expired = expired;
    }

    static ClosedCardEntryException usedEntry() {
        return new ClosedCardEntryException("This card entry has already been used; start a new card entry.", false);
    }

    static ClosedCardEntryException expiredEntry() {
        return new ClosedCardEntryException("This card entry has expired; start a new card entry.", true);
    }

    public boolean hasExpired() {
        return expired;
    }
}
