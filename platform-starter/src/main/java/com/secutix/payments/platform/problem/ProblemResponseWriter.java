package com.secutix.payments.platform.problem;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Problem} straight to the response, for the places that are outside controllers:
 * unknown routes, security entry point and access-denied handler.
 */
public class ProblemResponseWriter {

    private final JsonMapper jsonMapper;

    public ProblemResponseWriter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(problem.status());
        problem.headers().forEach(response.getHeaders()::set);
        response.getHeaders().setContentType(Problem.MEDIA_TYPE);
        byte[] json = jsonMapper.writeValueAsBytes(problem.body(exchange.getRequest().getPath().value()));
        DataBuffer buffer = response.bufferFactory().wrap(json);
        return response.writeWith(Mono.just(buffer));
    }
}
