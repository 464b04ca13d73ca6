package com.secutix.payments.checkout.payment.application;

/** The gateway refused to take the payment (an unknown card, a missing CVV the policy asks for): nothing was charged. */
public class PaymentRefusedException extends RuntimeException {

    public PaymentRefusedException(String message) {
        super(message);
    }
}
