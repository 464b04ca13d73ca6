package com.secutix.payments.checkout.boxoffice.application;

import java.time.Duration;
import java.util.Optional;

/** The gateway's card-testing limits refuse more attempts for now: nothing was done. */
public class AttemptsLimitedException extends RuntimeException {

    private final Optional<Duration> retryAfter;

    public AttemptsLimitedException(String message, Optional<Duration> retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
