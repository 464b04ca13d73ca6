package com.secutix.payments.platform.problem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.time.Duration;

/**
 * 503 Service Unavailable: this instance is too busy to take the request now, and did nothing of it.
 * Answered as RFC 9457 problem+json by the platform, with a {@code Retry-After} header in whole seconds.
 */
public class ServiceUnavailableException extends PlatformProblemException {

    private final Duration retryAfter;

    public ServiceUnavailableException(String detail, Duration retryAfter) {
        super(HttpStatus.SERVICE_UNAVAILABLE, detail);
        this.retryAfter = retryAfter;
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds()));
    }

    public long retryAfterSeconds() {
        return TooManyRequestsException.wholeSeconds(retryAfter);
    }
}
