package com.secutix.payments.gateway.payment.domain;

/** A payment request that breaks a business rule; the message names the field and the rule. */
public class InvalidPaymentException extends RuntimeException {

    public InvalidPaymentException(String message) {
        super(message);
    }
}
