package com.secutix.payments.platform.problem;

/** 404 Not Found: The resource does not exist, or the caller may not see it (another tenant's or customer's resources answer the same). Answered as RFC 9457 problem+json by the platform. */
public class NotFoundException extends PlatformProblemException {

    public NotFoundException(String detail) {
        super(detail);
    }

    public NotFoundException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
