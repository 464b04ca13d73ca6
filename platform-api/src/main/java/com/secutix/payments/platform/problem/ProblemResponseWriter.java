package com.secutix.payments.platform.problem;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a Spring {@link ErrorResponse} (its status, headers and {@code ProblemDetail}) straight to the response
 * as problem+json, for the places that are outside controllers: unknown routes, security entry point and
 * access-denied handler. The mapper is Boot's, which writes a {@code ProblemDetail} as the codecs do.
 */
public class ProblemResponseWriter {

    private final JsonMapper jsonMapper;

    public ProblemResponseWriter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public Mono<Void> write(ServerWebExchange exchange, ErrorResponse answer) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(answer.getStatusCode());
        answer.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] json = jsonMapper.writeValueAsBytes(ProblemResponses.body(answer, exchange.getRequest().getPath().value()));
        DataBuffer buffer = response.bufferFactory().wrap(json);
        return response.writeWith(Mono.just(buffer));
    }
}
