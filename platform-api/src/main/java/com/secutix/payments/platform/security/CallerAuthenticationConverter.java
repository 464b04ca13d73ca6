package com.secutix.payments.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Turns a validated JWT into an authentication whose authorities are the {@code roles} claim as
 * {@code ROLE_*}. A token without {@code sub} or {@code tenant_id} is refused (401): every request
 * must be scoped to a tenant.
 */
public class CallerAuthenticationConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        if (isBlank(jwt.getSubject())) {
            return Mono.error(new InvalidBearerTokenException("The token has no subject."));
        }
        if (isBlank(jwt.getClaimAsString(Callers.TENANT_CLAIM))) {
            return Mono.error(new InvalidBearerTokenException("The token has no tenant_id claim."));
        }
        List<SimpleGrantedAuthority> authorities = Callers.rolesOf(jwt).stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return Mono.just(new JwtAuthenticationToken(jwt, authorities, jwt.getSubject()));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
