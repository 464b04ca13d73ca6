package com.secutix.payments.pspsimulator.payment.adapter.in.web;

import com.secutix.payments.pspsimulator.payment.application.CompleteIdentification;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The simulated issuer's 3-D Secure page, reached through the HTML_ANSWER of a 46 answer. */
@RestController
class ChallengeController {

    private final CompleteIdentification completeIdentification;

    ChallengeController(CompleteIdentification completeIdentification) {
        this.completeIdentification = completeIdentification;
    }

    @GetMapping("/ncol/{environment}/challenge")
    Mono<ResponseEntity<String>> showFromLink(ServerWebExchange exchange) {
        return Mono.just(page(exchange.getRequest().getQueryParams().getFirst("token")));
    }

    @PostMapping(path = "/ncol/{environment}/challenge", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<ResponseEntity<String>> show(ServerWebExchange exchange) {
        return exchange.getFormData().map(form -> page(form.getFirst("token")));
    }

    @PostMapping(path = "/ncol/{environment}/challenge/complete",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<ResponseEntity<String>> complete(ServerWebExchange exchange) {
        return exchange.getFormData().map(this::complete);
    }

    private ResponseEntity<String> complete(MultiValueMap<String, String> form) {
        boolean authenticated = "authenticate".equals(form.getFirst("outcome"));
        return completeIdentification.complete(form.getFirst("token"), authenticated)
                .map(location -> ResponseEntity.status(HttpStatus.SEE_OTHER)
                        .header(HttpHeaders.LOCATION, location)
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .<String>build())
                .orElseGet(ChallengeController::unknownChallenge);
    }

    private ResponseEntity<String> page(String token) {
        return completeIdentification.challenge(token)
                .map(challenge -> ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(ChallengePage.of(challenge)))
                .orElseGet(ChallengeController::unknownChallenge);
    }

    private static ResponseEntity<String> unknownChallenge() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML)
                .body("<!doctype html><html><body><p>This identification is unknown or already done.</p></body></html>");
    }
}
