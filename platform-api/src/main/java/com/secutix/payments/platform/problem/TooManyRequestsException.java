package com.secutix.payments.platform.problem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.time.Duration;

/**
 * 429 Too Many Requests: the caller has made too many requests of this kind for now. Answered as RFC 9457
 * problem+json by the platform, with a {@code Retry-After} header in whole seconds.
 */
public class TooManyRequestsException extends PlatformProblemException {

    private final Duration retryAfter;

    public TooManyRequestsException(String detail, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, detail);
        if (retryAfter == null || retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must be zero or positive");
        }
        this.retryAfter = retryAfter;
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds()));
    }

    /** The {@code Retry-After} value: {@link #wholeSeconds} of the wait. */
    public long retryAfterSeconds() {
        return wholeSeconds(retryAfter);
    }

    /** A wait rounded up to whole seconds, never less than 1, so a client never retries at once. */
    public static long wholeSeconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
