package com.secutix.payments.pspsimulator.card.adapter.in.web;

import com.secutix.payments.pspsimulator.card.application.AliasGatewayOutcome;
import com.secutix.payments.pspsimulator.card.application.RegisterCard;
import com.secutix.payments.pspsimulator.merchant.adapter.in.web.Forms;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/** {@code alias_gateway.asp}: the browser posts the card form here, from the merchant's own page. */
@RestController
class AliasGatewayController {

    private final RegisterCard registerCard;

    AliasGatewayController(RegisterCard registerCard) {
        this.registerCard = registerCard;
    }

    /**
     * Any body is read as Ogone reads it (see {@link Forms}): one that is not a form has no fields, hence no PSPID;
     * a form that cannot be decoded gets the error page, as there is no URL in it one could trust.
     */
    @PostMapping({"/ncol/{environment}/alias_gateway.asp", "/ncol/{environment}/alias_gateway_utf8.asp"})
    Mono<ResponseEntity<String>> register(ServerWebExchange exchange) {
        return Forms.read(exchange).map(form -> answer(registerCard.register(form)))
                .onErrorResume(Forms.UnreadableFormException.class,
                        unreadable -> Mono.just(errorPage("the form could not be decoded")));
    }

    private static ResponseEntity<String> answer(AliasGatewayOutcome outcome) {
        if (outcome instanceof AliasGatewayOutcome.Redirect redirect) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .header(HttpHeaders.LOCATION, redirect.location())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        }
        return errorPage(((AliasGatewayOutcome.Refused) outcome).reason());
    }

    private static ResponseEntity<String> errorPage(String reason) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.TEXT_HTML)
                .body("<!doctype html><html><head><title>Error</title></head><body><h1>Error</h1><p>"
                        + HtmlUtils.htmlEscape(reason) + "</p></body></html>");
    }
}
