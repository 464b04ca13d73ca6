package com.secutix.payments.platform.problem;

/** 400 Bad Request: The request is invalid: a field is missing, malformed or out of range. Answered as RFC 9457 problem+json by the platform. */
public class InvalidRequestException extends PlatformProblemException {

    public InvalidRequestException(String detail) {
        super(detail);
    }

    public InvalidRequestException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
