package com.secutix.payments.platform.problem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/**
 * A failure a client can act upon: a Spring {@link ErrorResponse} whose {@link ProblemDetail} (status, title,
 * {@code detail}, extension members such as {@code errors}) and headers (such as {@code Retry-After}) the platform
 * answers as RFC 9457 problem+json. Its message becomes the {@code detail}, masked for card numbers, so it must
 * name what is wrong without echoing sensitive input.
 */
public abstract class PlatformProblemException extends RuntimeException implements ErrorResponse {

    private final ProblemDetail body;
    private final HttpHeaders headers = new HttpHeaders();

    protected PlatformProblemException(HttpStatusCode status, String detail) {
        this(status, detail, null);
    }

    protected PlatformProblemException(HttpStatusCode status, String detail, Throwable cause) {
        super(detail, cause);
        this.body = ProblemResponses.problem(status, detail);
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return HttpStatusCode.valueOf(body.getStatus());
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }

    @Override
    public ProblemDetail getBody() {
        return body;
    }
}
