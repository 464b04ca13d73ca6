package com.secutix.payments.checkout.signin;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Puts the CSRF token in the model of every page (checkout, account, call centre), for the hidden field of our own
 * forms; only {@link PageController}s, as a {@code @RestController} is a {@code @Controller} too.
 */
@ControllerAdvice(annotations = PageController.class)
class CsrfTokenOnPages {

    @ModelAttribute("csrf")
    Mono<CsrfToken> csrf(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token;
    }
}
