package com.secutix.payments.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * A decoder with the {@link AccessTokenRules} around it: the header first, then the delegate's signature
 * check, then the claims. A token whose signature was verified recently ({@link VerifiedTokens}) skips the
 * header and signature checks, never the claims: its expiry, audience and the rest are checked on every use.
 */
final class AccessTokenDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final AccessTokenRules rules;
    private final VerifiedTokens verifiedTokens;

    AccessTokenDecoder(ReactiveJwtDecoder delegate, AccessTokenRules rules, VerifiedTokens verifiedTokens) {
        this.delegate = delegate;
        this.rules = rules;
        this.verifiedTokens = verifiedTokens;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        return Mono.defer(() -> {
            Jwt known = verifiedTokens.verified(token).orElse(null);
            if (known != null) {
                rules.checkClaims(known);
                return Mono.just(known);
            }
            rules.checkHeader(token);
            return delegate.decode(token)
                    .doOnNext(rules::checkClaims)
                    .doOnNext(jwt -> verifiedTokens.remember(token, jwt));
        });
    }
}
