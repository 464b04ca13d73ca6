package com.secutix.payments.platform.problem;

import org.springframework.http.HttpStatus;

/**
 * 403 Forbidden: the caller is known and the resource is visible to it, but its role does not open this
 * operation (a customer calling a staff endpoint, a terminal asking for another channel). The detail says
 * what the role allows. Answered as RFC 9457 problem+json by the platform.
 */
public class ForbiddenException extends PlatformProblemException {

    public ForbiddenException(String detail) {
        super(HttpStatus.FORBIDDEN, detail);
    }
}
