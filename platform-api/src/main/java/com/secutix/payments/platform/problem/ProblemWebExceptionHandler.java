package com.secutix.payments.platform.problem;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Answers the problem+json of the failure's Spring {@link ErrorResponse} ({@link ProblemResponses}) for failures
 * that no controller advice saw (unknown routes, unsupported methods, errors in filters). Runs before Boot's own
 * error handler.
 */
public class ProblemWebExceptionHandler implements WebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ProblemWebExceptionHandler.class);

    private final ProblemResponseWriter writer;

    public ProblemWebExceptionHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted() || isPageNavigation(exchange)) {
            return Mono.error(failure);
        }
        ErrorResponse answer = ProblemResponses.of(failure);
        if (answer.getStatusCode().is5xxServerError()) {
            log.error("Request {} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), failure);
        }
        return writer.write(exchange, answer);
    }

    /**
     * A browser asking for a page (HTML preferred to JSON) gets Boot's error page, not problem+json: a
     * service with pages (the checkout) renders its own; API clients ask for JSON or anything.
     */
    static boolean isPageNavigation(ServerWebExchange exchange) {
        List<MediaType> accepted;
        try {
            accepted = exchange.getRequest().getHeaders().getAccept();
        } catch (InvalidMediaTypeException unparsable) {
            // not a browser: an API client whose Accept header is refused as a problem
            return false;
        }
        boolean html = accepted.stream().anyMatch(type -> type.getQualityValue() > 0 && !type.isWildcardType()
                && type.isCompatibleWith(MediaType.TEXT_HTML));
        boolean json = accepted.stream().anyMatch(type -> type.getQualityValue() > 0 && !type.isWildcardType()
                && !type.isWildcardSubtype() && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                        || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
        return html && !json;
    }

    @Override
    public int getOrder() {
        // Boot's ErrorWebExceptionHandler is at -1
        return -2;
    }
}
