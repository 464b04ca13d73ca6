package com.secutix.payments.platform.testapp;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Map;

/** A form post, read as the gateway reads the PSP's redirect: {@code exchange.getFormData()}. */
@RestController
class TestFormsController {

    @PostMapping(path = "/test-forms", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<Map<String, Integer>> fields(ServerWebExchange exchange) {
        return exchange.getFormData().map(form -> Map.of("fields", form.size()));
    }
}
