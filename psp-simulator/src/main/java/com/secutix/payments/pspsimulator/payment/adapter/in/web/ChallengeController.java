package com.secutix.payments.pspsimulator.payment.adapter.in.web;

import com.secutix.payments.pspsimulator.merchant.adapter.in.web.Forms;
import com.secutix.payments.pspsimulator.merchant.domain.FormParameters;
import com.secutix.payments.pspsimulator.payment.application.CompleteIdentification;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

    /** A body that is not a form has no token (the page is unknown); one that cannot be decoded is a 400 page. */
    @PostMapping("/ncol/{environment}/challenge")
    Mono<ResponseEntity<String>> show(ServerWebExchange exchange) {
        return Forms.read(exchange).map(form -> page(form.get("token").orElse(null)))
                .onErrorResume(Forms.UnreadableFormException.class, unreadable -> Mono.just(unreadableForm()));
    }

    @PostMapping("/ncol/{environment}/challenge/complete")
    Mono<ResponseEntity<String>> complete(ServerWebExchange exchange) {
        return Forms.read(exchange).map(this::complete)
                .onErrorResume(Forms.UnreadableFormException.class, unreadable -> Mono.just(unreadableForm()));
    }

    private ResponseEntity<String> complete(FormParameters form) {
        boolean authenticated = form.get("outcome").map("authenticate"::equals).orElse(false);
        return completeIdentification.complete(form.get("token").orElse(null), authenticated)
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

    private static ResponseEntity<String> unreadableForm() {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_HTML)
                .body("<!doctype html><html><body><p>The form could not be decoded.</p></body></html>");
    }

    private static ResponseEntity<String> unknownChallenge() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML)
                .body("<!doctype html><html><body><p>This identification is unknown or already done.</p></body></html>");
    }
}
