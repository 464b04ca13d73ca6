package com.secutix.payments.platform.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The {@link Caller} of the current request, from its validated JWT. */
public final class Callers {

    static final String TENANT_CLAIM = "tenant_id";
    static final String ROLES_CLAIM = "roles";

    private Callers() {
    }

    /** The caller of the current request; fails (401) when the request is not authenticated. */
    public static Mono<Caller> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> fromJwt(((JwtAuthenticationToken) authentication).getToken()))
                .switchIfEmpty(Mono.error(() -> new AuthenticationCredentialsNotFoundException("no authenticated caller")));
    }

    /** The caller a validated token describes; the token must carry {@code sub} and {@code tenant_id}. */
    public static Caller fromJwt(Jwt jwt) {
        return new Caller(jwt.getSubject(), jwt.getClaimAsString(TENANT_CLAIM), rolesOf(jwt));
    }

    static Set<Role> rolesOf(Jwt jwt) {
        Object claim = jwt.getClaims().get(ROLES_CLAIM);
        Collection<?> values = claim instanceof Collection<?> collection ? collection
                : claim instanceof String single ? List.of(single.split("[ ,]+")) : List.of();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object value : values) {
            Role.fromClaimValue(String.valueOf(value)).ifPresent(roles::add);
        }
        return roles;
    }
}
