package com.secutix.payments.platform.problem;

import org.springframework.http.HttpStatus;

/** 404 Not Found: The resource does not exist, or the caller may not see it (another tenant's or customer's resources answer the same). Answered as RFC 9457 problem+json by the platform. */
public class NotFoundException extends PlatformProblemException {

    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, detail);
    }

    public NotFoundException(String detail, Throwable cause) {
        super(HttpStatus.NOT_FOUND, detail, cause);
    }
}
