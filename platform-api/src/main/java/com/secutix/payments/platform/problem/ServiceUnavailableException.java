package com.secutix.payments.platform.problem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.time.Duration;

/**
 * 503 Service Unavailable, answered as RFC 9457 problem+json by the platform with a {@code Retry-After} header in
 * whole seconds. Without a cause, an answer the service chose, summed up in the log rather than logged one by one:
 * this instance is too busy to take the request now and did nothing of it, or a service it relies on answered a
 * 5xx of its own (and logged it). With a cause: something failed here (a service it relies on could not be
 * reached), and the cause is logged as the error it is.
 */
public class ServiceUnavailableException extends PlatformProblemException {

    private final Duration retryAfter;

    public ServiceUnavailableException(String detail, Duration retryAfter) {
        this(detail, retryAfter, null);
    }

    public ServiceUnavailableException(String detail, Duration retryAfter, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, detail, cause);
        this.retryAfter = retryAfter;
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds()));
    }

    public long retryAfterSeconds() {
        return TooManyRequestsException.wholeSeconds(retryAfter);
    }
}
