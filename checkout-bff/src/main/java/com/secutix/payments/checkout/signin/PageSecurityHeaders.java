package com.secutix.payments.checkout.signin;

import java.net.URI;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The Content-Security-Policy of every page: scripts, styles and images from our origin only (no inline
 * script), forms posted only to us and to the PSP ({@code form-action}), never framed ({@code
 * frame-ancestors 'none'}). A page that must post elsewhere, the 3-D Secure step to the bank's page the PSP
 * named, says so with the exchange attribute {@link #EXTRA_FORM_ACTION}. The machine API gets no CSP.
 */
public class PageSecurityHeaders implements WebFilter, Ordered {

    public static final String EXTRA_FORM_ACTION = PageSecurityHeaders.class.getName() + ".extraFormAction";

    private final List<URI> pspOrigins;

    public PageSecurityHeaders(List<URI> pspOrigins) {
        this.pspOrigins = List.copyOf(pspOrigins);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.startsWith("/checkout-sessions") && !path.startsWith("/actuator")) {
            exchange.getResponse().beforeCommit(() -> {
                exchange.getResponse().getHeaders().set("Content-Security-Policy", policy(exchange.getAttribute(EXTRA_FORM_ACTION)));
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }

    String policy(String extraFormAction) {
        StringBuilder formAction = new StringBuilder("'self'");
        pspOrigins.forEach(origin -> formAction.append(' ').append(origin));
        if (extraFormAction != null) {
            formAction.append(' ').append(extraFormAction);
        }
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action " + formAction
                + "; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
