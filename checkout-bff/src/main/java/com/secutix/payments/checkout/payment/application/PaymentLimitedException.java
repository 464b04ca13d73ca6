package com.secutix.payments.checkout.payment.application;

/** The gateway's card-testing limits refuse more attempts for this buyer for a while: nothing was charged. */
public class PaymentLimitedException extends RuntimeException {

    public PaymentLimitedException(String message) {
        super(message);
    }
}
