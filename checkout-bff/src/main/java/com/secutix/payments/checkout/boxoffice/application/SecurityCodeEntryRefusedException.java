package com.secutix.payments.checkout.boxoffice.application;

import java.util.List;

/**
 * The security code was not taken: the PSP refused it (the fields it named in error), or its redirect is not a
 * genuine, open answer to a form of this terminal. {@code status} is the answer to give (400, 404, 409, 422).
 */
public class SecurityCodeEntryRefusedException extends RuntimeException {

    private final int status;
    private final List<String> fieldsInError;

    public SecurityCodeEntryRefusedException(int status, String message, List<String> fieldsInError) {
        super(message);
        this.status = status;
        this.fieldsInError = List.copyOf(fieldsInError);
    }

    public int status() {
        return status;
    }

    public List<String> fieldsInError() {
        return fieldsInError;
    }
}
