package com.secutix.payments.platform.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Answers problem+json for failures that no controller advice saw (unknown routes, unsupported
 * methods, errors in filters). Runs before Boot's own error handler.
 */
public class ProblemWebExceptionHandler implements WebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ProblemWebExceptionHandler.class);

    private final ProblemResponseWriter writer;

    public ProblemWebExceptionHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        Problem problem = ProblemMapping.toProblem(failure);
        if (problem.status().is5xxServerError()) {
            log.error("Request {} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), failure);
        }
        return writer.write(exchange, problem);
    }

    @Override
    public int getOrder() {
        // Boot's ErrorWebExceptionHandler is at -1
        return -2;
    }
}
