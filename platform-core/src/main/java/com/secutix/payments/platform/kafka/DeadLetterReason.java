package com.secutix.payments.platform.kafka;

import com.secutix.payments.platform.logging.CardNumberMasking;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/**
 * The reason a record was dead-lettered, as put in the {@code x-dead-letter-reason} header: the failure of
 * the record itself, not the listener's or the batch's wrapper around it.
 */
final class DeadLetterReason {

    private static final int MAX_LENGTH = 1000;

    private DeadLetterReason() {
    }

    static String of(Exception failure) {
        Throwable cause = failure;
        while ((cause instanceof ListenerExecutionFailedException || cause instanceof BatchListenerFailedException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        reason = CardNumberMasking.mask(reason);
        return reason.length() > MAX_LENGTH ? reason.substring(0, MAX_LENGTH) : reason;
    }
}
