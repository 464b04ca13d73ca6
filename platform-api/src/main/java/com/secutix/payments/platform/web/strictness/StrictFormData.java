package com.secutix.payments.platform.web.strictness;

import com.secutix.payments.platform.problem.InvalidRequestException;
import org.springframework.core.Ordered;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * {@code exchange.getFormData()} (and the form binding built on it) of an
 * {@code application/x-www-form-urlencoded} body that is not validly percent-encoded ({@code a=%zz},
 * a lone {@code %}) fails with a 400 naming the problem instead of the {@code IllegalArgumentException}
 * of {@code URLDecoder} (a 500). The exchange always reads with the last form reader of the codecs,
 * Spring's own, so the exchange is decorated rather than the reader replaced.
 */
public class StrictFormData implements WebFilter, Ordered {

    static final String INVALID = "The form body is not valid application/x-www-form-urlencoded: "
            + "each '%' must be followed by two hexadecimal digits.";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(new ServerWebExchangeDecorator(exchange) {
            @Override
            public Mono<MultiValueMap<String, String>> getFormData() {
                return super.getFormData().onErrorMap(IllegalArgumentException.class,
                        failure -> new InvalidRequestException(INVALID, failure));
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 11;
    }
}
