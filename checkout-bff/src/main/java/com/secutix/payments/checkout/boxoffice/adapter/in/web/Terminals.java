package com.secutix.payments.checkout.boxoffice.adapter.in.web;

import com.secutix.payments.checkout.boxoffice.application.Terminal;
import com.secutix.payments.platform.problem.ForbiddenException;
import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Callers;
import com.secutix.payments.platform.security.Role;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * The box-office terminal of the current request, from its validated access token: the tenant and client are the
 * token's (no path or field names a tenant), and the token itself is kept to be relayed to the gateway and the
 * vault. Only a {@code box_office} caller is a terminal (the API chain already refuses the others; this holds even if
 * that rule were lost).
 */
final class Terminals {

    private Terminals() {
    }

    static Mono<Terminal> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .switchIfEmpty(Mono.error(() -> new AuthenticationCredentialsNotFoundException("no authenticated caller")))
                .map(authentication -> {
                    Caller caller = Callers.fromJwt(authentication.getToken());
                    if (!caller.has(Role.BOX_OFFICE)) {
                        throw new ForbiddenException("The box-office API is for the tenant's box-office terminals"
                                + " (role box_office).");
                    }
                    return new Terminal(caller.tenantId(), caller.subject(), authentication.getToken().getTokenValue());
                });
    }
}
