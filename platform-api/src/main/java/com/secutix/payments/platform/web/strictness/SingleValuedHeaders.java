package com.secutix.payments.platform.web.strictness;

import com.secutix.payments.platform.problem.InvalidRequestException;
import com.secutix.payments.platform.web.idempotency.IdempotentRequests;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Refuses (400 problem+json) a request that gives a header meant to be single more than once, before
 * anything reads it: Spring would join two {@code Idempotency-Key} headers into one key {@code "A,B"},
 * and which of two {@code Authorization} or {@code Content-Type} headers counts depends on who reads
 * it. Runs first, before security.
 */
public class SingleValuedHeaders implements WebFilter, Ordered {

    static final List<String> SINGLE = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            IdempotentRequests.HEADER, HttpHeaders.HOST, HttpHeaders.CONTENT_LENGTH);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        for (String name : SINGLE) {
            List<String> values = headers.get(name);
            if (values != null && values.size() > 1) {
                return Mono.error(new InvalidRequestException("The " + name + " header is given "
                        + (values.size() == 2 ? "twice" : values.size() + " times") + ": a request carries it once."));
            }
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        // before Boot's observation filter would not matter; before Spring Security (-100) does
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
