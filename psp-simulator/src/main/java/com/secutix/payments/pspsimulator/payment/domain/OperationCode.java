package com.secutix.payments.pspsimulator.payment.domain;

import java.util.Locale;
import java.util.Optional;

/** DirectLink OPERATION codes. */
public enum OperationCode {
    /** authorisation */
    RES,
    /** sale (authorisation + capture); in maintenance: partial capture, transaction stays open */
    SAL,
    /** last capture, closes the transaction */
    SAS,
    /** renew an authorisation */
    REN,
    /** delete an authorisation, transaction stays open */
    DEL,
    /** delete an authorisation and close the transaction */
    DES,
    /** partial refund, transaction stays open */
    RFD,
    /** last refund, closes the transaction */
    RFS;

    public static Optional<OperationCode> parse(String text) {
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public boolean isNewOrder() {
        return this == RES || this == SAL;
    }
}
