package com.secutix.payments.pspsimulator.card.adapter.in.web;

import com.secutix.payments.pspsimulator.card.application.AliasGatewayOutcome;
import com.secutix.payments.pspsimulator.card.application.RegisterCard;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

import static com.secutix.payments.pspsimulator.merchant.adapter.in.web.Forms.parameters;

/** {@code alias_gateway.asp}: the browser posts the card form here, from the merchant's own page. */
@RestController
class AliasGatewayController {

    private final RegisterCard registerCard;

    AliasGatewayController(RegisterCard registerCard) {
        this.registerCard = registerCard;
    }

    @PostMapping(path = {"/ncol/{environment}/alias_gateway.asp", "/ncol/{environment}/alias_gateway_utf8.asp"},
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<ResponseEntity<String>> register(ServerWebExchange exchange) {
        return exchange.getFormData().map(form -> answer(registerCard.register(parameters(form))));
    }

    private static ResponseEntity<String> answer(AliasGatewayOutcome outcome) {
        if (outcome instanceof AliasGatewayOutcome.Redirect redirect) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .header(HttpHeaders.LOCATION, redirect.location())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        }
        AliasGatewayOutcome.Refused refused = (AliasGatewayOutcome.Refused) outcome;
        return ResponseEntity.badRequest()
                .contentType(MediaType.TEXT_HTML)
                .body("<!doctype html><html><head><title>Error</title></head><body><h1>Error</h1><p>"
                        + HtmlUtils.htmlEscape(refused.reason()) + "</p></body></html>");
    }
}
