package com.secutix.payments.platform.security;

import com.secutix.payments.platform.problem.ProblemResponses;
import com.secutix.payments.platform.problem.ProblemResponseWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 and 403 answered as problem+json, with the bearer challenge of RFC 6750 on 401. */
public class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ProblemResponseWriter writer;

    public ProblemSecurityHandlers(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        String detail = failure.getMessage() != null && failure.getMessage().startsWith("The token")
                ? failure.getMessage()
                : "A valid bearer token is required.";
        return writer.write(exchange,
                ErrorResponse.builder(failure, ProblemResponses.problem(HttpStatus.UNAUTHORIZED, detail)).build());
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return writer.write(exchange, ErrorResponse.builder(denied,
                ProblemResponses.problem(HttpStatus.FORBIDDEN, "The caller's role does not allow this operation.")).build());
    }
}
