package com.secutix.payments.checkout.signin;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A form of ours posted without its CSRF token (a page kept open past its web session, or another site's
 * post): 403 and nothing done, with a page that says so in plain words and leads back to the checkout step,
 * instead of a bare text answer.
 */
class ExpiredFormPage implements ServerAccessDeniedHandler {

    private static final Pattern CHECKOUT = Pattern.compile("^/checkout/([0-9a-fA-F-]{36})/.*$");

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        Matcher checkout = CHECKOUT.matcher(exchange.getRequest().getPath().pathWithinApplication().value());
        String back = checkout.matches() ? "/checkout/" + checkout.group(1) + "/payment" : "/";
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        response.getHeaders().setCacheControl("no-store");
        String page = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>This form has expired</title><link rel="stylesheet" href="/assets/checkout.css"></head>
                <body><main id="main"><h1 id="form-expired">This form has expired</h1>
                <p>Nothing was done. Open the page again and repeat your choice.</p>
                <p lang="fr">Ce formulaire a expiré : rien n'a été fait. Rouvrez la page et recommencez.</p>
                <a class="button primary" href="%s">Back to the payment / Retour au paiement</a></main></body></html>
                """.formatted(back);
        DataBuffer body = response.bufferFactory().wrap(page.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }
}
