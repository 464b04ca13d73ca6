package com.secutix.payments.platform.testapp;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * The use case behind a web request, so that the trace of the request is seen to continue through the outbox.
 * No API security here (platform-core has none); platform-api's test application calls the same use case as
 * the caller's tenant.
 */
@RestController
class TestDeclinesController {

    private final DeclinePayment declinePayment;

    TestDeclinesController(DeclinePayment declinePayment) {
        this.declinePayment = declinePayment;
    }

    @PostMapping("/test-declines/{id}")
    Mono<ResponseEntity<Void>> decline(@PathVariable UUID id, @RequestParam String tenant) {
        return declinePayment.decline(id, tenant).then(Mono.just(ResponseEntity.noContent().build()));
    }
}
