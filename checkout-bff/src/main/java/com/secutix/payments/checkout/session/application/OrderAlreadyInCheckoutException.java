package com.secutix.payments.checkout.session.application;

/** The tenant already has a checkout session for this order, with other content: one order, one session. */
public class OrderAlreadyInCheckoutException extends RuntimeException {

    public OrderAlreadyInCheckoutException(String orderId) {
        super("order " + orderId + " already has a checkout session with other content");
    }
}
