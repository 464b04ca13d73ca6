package com.secutix.payments.platform.problem;

/**
 * A failure a client can act upon; its message becomes the {@code detail} of the problem+json answer,
 * so it must name what is wrong without echoing sensitive input.
 */
public abstract class PlatformProblemException extends RuntimeException {

    protected PlatformProblemException(String detail) {
        super(detail);
    }

    protected PlatformProblemException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
