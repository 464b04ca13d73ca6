package com.secutix.payments.checkout.payment.application;

/**
 * The gateway was running as many payments as it could and took nothing of this one (its 503 before anything was
 * done, at a sale opening): nothing was charged, and the same payment may be sent again, with the same key.
 */
public class GatewayBusyException extends RuntimeException {

    public GatewayBusyException(String message) {
        super(message);
    }
}
