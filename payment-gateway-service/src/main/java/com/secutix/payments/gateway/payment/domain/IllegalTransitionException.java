package com.secutix.payments.gateway.payment.domain;

/** A state change the payment's state machine does not allow. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(PaymentId id, PaymentState from, PaymentState to) {
        super("payment " + id + " cannot go from " + from + " to " + to);
    }
}
