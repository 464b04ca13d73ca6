package com.secutix.payments.platform.kafka;

/**
 * A record that can never be handled (missing CloudEvents headers, unknown type, unreadable payload).
 * Never retried: the listener's error handler sends it straight to {@code <topic>.dlt} with the reason.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
