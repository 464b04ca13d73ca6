package com.secutix.payments.platform.problem;

import org.springframework.http.HttpStatus;

/** 409 Conflict: The request conflicts with the current state of the resource (or a concurrent request with the same Idempotency-Key). Answered as RFC 9457 problem+json by the platform. */
public class ConflictException extends PlatformProblemException {

    public ConflictException(String detail) {
        super(HttpStatus.CONFLICT, detail);
    }

    public ConflictException(String detail, Throwable cause) {
        super(HttpStatus.CONFLICT, detail, cause);
    }
}
