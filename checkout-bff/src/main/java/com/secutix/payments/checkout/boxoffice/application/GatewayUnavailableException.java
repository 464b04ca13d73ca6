package com.secutix.payments.checkout.boxoffice.application;

/**
 * The gateway or the vault did not answer, or answered with a failure of its own: for a payment, its outcome is
 * unknown (unless the gateway said it was too busy and did nothing, which the message then says), and the same
 * request with the same {@code Idempotency-Key} is the way to learn it without paying twice.
 */
public class GatewayUnavailableException extends RuntimeException {

    public GatewayUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
