package com.secutix.payments.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** A decoder with the {@link AccessTokenRules} around it: the header first, then the delegate's signature check, then the claims. */
final class AccessTokenDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final AccessTokenRules rules;

    AccessTokenDecoder(ReactiveJwtDecoder delegate, AccessTokenRules rules) {
        this.delegate = delegate;
        this.rules = rules;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        return Mono.defer(() -> {
                    rules.checkHeader(token);
                    return delegate.decode(token);
                })
                .doOnNext(rules::checkClaims);
    }
}
