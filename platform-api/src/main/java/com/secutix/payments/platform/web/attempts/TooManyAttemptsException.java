package com.secutix.payments.platform.web.attempts;

import com.secutix.payments.platform.problem.TooManyRequestsException;

import java.time.Duration;

/**
 * An attempt over its {@link AttemptLimit}: 429 problem+json with {@code Retry-After} until the window
 * ends. The detail says what was limited, never the subject (no customer id, no address).
 */
public class TooManyAttemptsException extends TooManyRequestsException {

    private final String limitName;

    public TooManyAttemptsException(AttemptLimit limit, Duration retryAfter) {
        super(detail(limit, retryAfter), retryAfter);
        this.limitName = limit.name();
    }

    public String limitName() {
        return limitName;
    }

    private static String detail(AttemptLimit limit, Duration retryAfter) {
        long seconds = TooManyRequestsException.wholeSeconds(retryAfter);
        return "Too many " + limit.description() + "; try again in " + seconds + (seconds == 1 ? " second." : " seconds.");
    }
}
