package com.secutix.payments.platform.problem;

import org.springframework.http.HttpStatus;

/** 422 Unprocessable Content: The request is well-formed but cannot be processed (for instance an Idempotency-Key reused with another body). Answered as RFC 9457 problem+json by the platform. */
public class UnprocessableRequestException extends PlatformProblemException {

    public UnprocessableRequestException(String detail) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, detail);
    }

    public UnprocessableRequestException(String detail, Throwable cause) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, detail, cause);
    }
}
