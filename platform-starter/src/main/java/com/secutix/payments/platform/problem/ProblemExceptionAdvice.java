package com.secutix.payments.platform.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import java.util.Map;

/**
 * Maps every exception a REST controller lets escape to an RFC 9457 problem+json answer (see
 * {@link ProblemMapping}); services declare no error handling of their own. Page controllers (the checkout)
 * are left to their own error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemExceptionAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionAdvice.class);

    @ExceptionHandler(Throwable.class)
    public ResponseEntity<Map<String, Object>> handle(Throwable failure, ServerWebExchange exchange) {
        Problem problem = ProblemMapping.toProblem(failure);
        if (problem.status().is5xxServerError()) {
            log.error("Request {} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), failure);
        }
        return ResponseEntity.status(problem.status())
                .headers(headers -> problem.headers().forEach(headers::set))
                .contentType(Problem.MEDIA_TYPE)
                .body(problem.body(exchange.getRequest().getPath().value()));
    }
}
