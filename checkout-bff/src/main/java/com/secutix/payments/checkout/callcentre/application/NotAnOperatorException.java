package com.secutix.payments.checkout.callcentre.application;

/** The person signed in is not a call-centre operator: the call centre's pages are not for them. */
public class NotAnOperatorException extends RuntimeException {

    public NotAnOperatorException() {
        super("The call centre's pages are for call-centre operators.");
    }
}
