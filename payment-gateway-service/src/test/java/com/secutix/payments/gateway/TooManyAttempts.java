package com.secutix.payments.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What a request refused by a card-testing limit must answer. */
final class TooManyAttempts {

    private TooManyAttempts() {
    }

    /** Asserts a 429 problem+json with a Retry-After within the hour window; gives its detail. */
    @SuppressWarnings("unchecked")
    static String detailOf(WebTestClient.ResponseSpec response) {
        Map<String, Object> problem = response.expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER,
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 3600L))
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem).containsEntry("status", 429);
        return (String) problem.get("detail");
    }
}
