package com.secutix.payments.platform.web.strictness;

import com.secutix.payments.platform.problem.FieldProblem;
import com.secutix.payments.platform.problem.InvalidRequestException;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Our APIs never accept a card number or a security code: a request whose JSON body
 * ({@code application/json} or {@code application/*+json}, any method) carries a field named like one, or a card
 * number in any value ({@link CardDataInJson}), is refused with a 400 problem+json naming the field, never the
 * value, before any handler reads it; nothing of it is logged. The body is read once, up to
 * {@code spring.codec.max-in-memory-size} (beyond: 413, as the codec would answer), and handed on unchanged.
 * Runs after Spring Security, so an unauthenticated request is a 401 as before and its body is never read.
 */
public class NoCardDataInRequests implements WebFilter, Ordered {

    /** WebFlux's default {@code spring.codec.max-in-memory-size}. */
    static final int DEFAULT_MAX_IN_MEMORY_SIZE = 256 * 1024;

    private final int maxInMemorySize;

    public NoCardDataInRequests() {
        this(DEFAULT_MAX_IN_MEMORY_SIZE);
    }

    public NoCardDataInRequests(int maxInMemorySize) {
        this.maxInMemorySize = maxInMemorySize;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!isJson(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(exchange.getRequest().getBody(), maxInMemorySize)
                .map(NoCardDataInRequests::bytesOf)
                .defaultIfEmpty(new byte[0])
                .onErrorMap(DataBufferLimitException.class, PayloadTooLargeException::new)
                .flatMap(body -> {
                    Optional<CardDataInJson.Finding> finding = body.length == 0 ? Optional.empty() : CardDataInJson.firstIn(body);
                    if (finding.isPresent()) {
                        return Mono.error(InvalidRequestException.ofFields(List.of(
                                new FieldProblem(finding.get().field(), finding.get().message()))));
                    }
                    return chain.filter(exchange.mutate().request(withBody(exchange, body)).build());
                });
    }

    private static boolean isJson(ServerHttpRequest request) {
        MediaType type;
        try {
            type = request.getHeaders().getContentType();
        } catch (InvalidMediaTypeException unparsable) {
            // the codec answers 415 / 400 for it
            return false;
        }
        return type != null && (MediaType.APPLICATION_JSON.isCompatibleWith(type)
                || "application".equals(type.getType()) && type.getSubtype().endsWith("+json"));
    }

    /** The bytes, the pooled buffer released at once: nothing holds it if the handler never reads the body. */
    private static byte[] bytesOf(DataBuffer joined) {
        try {
            byte[] bytes = new byte[joined.readableByteCount()];
            joined.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(joined);
        }
    }

    private static ServerHttpRequest withBody(ServerWebExchange exchange, byte[] body) {
        return new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return body.length == 0 ? Flux.empty()
                        : Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
            }
        };
    }

    @Override
    public int getOrder() {
        // after Spring Security's WebFilterChainProxy (-100): authentication first
        return -90;
    }
}
