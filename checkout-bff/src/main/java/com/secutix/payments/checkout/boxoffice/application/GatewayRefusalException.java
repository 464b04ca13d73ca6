package com.secutix.payments.checkout.boxoffice.application;

/**
 * The gateway refused the request for a reason the terminal can act on and that has no exception of its own (the
 * same {@code Idempotency-Key} with another request: 422; the same key still being processed: 409; a request it
 * found invalid: 400): its status and detail are passed on. Nothing was charged by this request.
 */
public class GatewayRefusalException extends RuntimeException {

    private final int status;

    public GatewayRefusalException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
