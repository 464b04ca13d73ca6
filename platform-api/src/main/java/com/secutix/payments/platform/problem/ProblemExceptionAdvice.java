package com.secutix.payments.platform.problem;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers every exception a REST controller lets escape with the RFC 9457 problem+json of its Spring
 * {@link ErrorResponse} (see {@link ProblemResponses}); services declare no error handling of their own. Page
 * controllers (the checkout) are left to their own error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemExceptionAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionAdvice.class);

    private final BusyRefusalLog busyRefusals;

    public ProblemExceptionAdvice() {
        this(Clock.systemUTC());
    }

    ProblemExceptionAdvice(Clock clock) {
        this.busyRefusals = new BusyRefusalLog(log, clock);
    }

    /**
     * The problem, or nothing when the answer was already sent (a failure while writing it, such as a client that
     * went away): its status line and headers cannot change any more, so nothing is written and it is logged once.
     * A server error is logged with its cause, except an instance's refusal to take more while busy (a
     * {@link ServiceUnavailableException} without a cause), which {@link BusyRefusalLog} sums up.
     */
    @ExceptionHandler(Throwable.class)
    public ResponseEntity<ProblemDetail> handle(Throwable failure, ServerWebExchange exchange) {
        if (exchange.getResponse().isCommitted()) {
            log.warn("Request {} {} failed after its answer ({}) was sent: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), exchange.getResponse().getStatusCode(), failure.toString());
            return null;
        }
        ErrorResponse answer = ProblemResponses.of(failure);
        if (failure instanceof ServiceUnavailableException busy && busy.getCause() == null) {
            busyRefusals.refused(exchange.getRequest().getMethod().name(), exchange.getRequest().getPath().value(),
                    busy.getMessage());
        } else if (answer.getStatusCode().is5xxServerError()) {
            log.error("Request {} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), failure);
        }
        return ResponseEntity.status(answer.getStatusCode())
                .headers(answer.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.body(answer, exchange.getRequest().getPath().value()));
    }
}
