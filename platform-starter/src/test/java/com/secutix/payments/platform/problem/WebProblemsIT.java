package com.secutix.payments.platform.problem;

import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformIntegrationTest
class WebProblemsIT {

    @LocalServerPort
    int port;

    WebTestClient web;
    final String customerToken = TestTokens.customer(Tenants.DEMO, "customer-1");

    @BeforeEach
    void connect() {
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    private WebTestClient.ResponseSpec postPayment(String json) {
        return web.post().uri("/test-payments")
                .headers(headers -> headers.setBearerAuth(customerToken))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange();
    }

    @Test
    void malformed_json_is_a_400_problem() {
        postPayment("{\"orderReference\": \"ORD-1\", ").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.title").isEqualTo("Bad Request")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("The request body is not valid JSON"));
    }

    @Test
    void a_field_of_the_wrong_type_is_named_and_its_value_not_echoed() {
        String body = postPayment("{\"orderReference\":\"ORD-1\",\"amount\":\"4111 1111 1111 1111\",\"currency\":\"EUR\"}")
                .expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).contains("Field 'amount' must be an integer.").doesNotContain("4111 1111 1111 1111");
    }

    @Test
    void bean_validation_failures_name_every_field() {
        postPayment("{\"orderReference\":\"\",\"amount\":-5,\"currency\":\"EUR\"}").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("Field 'amount' must be greater than 0. Field 'orderReference' must not be blank.")
                .jsonPath("$.errors[0].field").isEqualTo("amount")
                .jsonPath("$.errors[1].field").isEqualTo("orderReference");
    }

    @Test
    void a_missing_body_is_a_400_problem() {
        web.post().uri("/test-payments")
                .headers(headers -> headers.setBearerAuth(customerToken))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("The request body is missing.");
    }

    @Test
    void a_not_found_exception_is_a_404_problem() {
        UUID id = UUID.randomUUID();
        web.get().uri("/test-payments/{id}", id)
                .headers(headers -> headers.setBearerAuth(customerToken))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("Payment " + id + " does not exist.")
                .jsonPath("$.instance").isEqualTo("/test-payments/" + id);
    }

    @Test
    void a_malformed_path_variable_is_a_400_problem() {
        web.get().uri("/test-payments/not-a-uuid")
                .headers(headers -> headers.setBearerAuth(customerToken))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("Parameter 'id' must be a UUID.");
    }

    @Test
    void an_unknown_route_is_a_404_problem() {
        web.get().uri("/no/such/route")
                .headers(headers -> headers.setBearerAuth(customerToken))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void a_request_without_token_is_a_401_problem() {
        web.get().uri("/test-payments/{id}", UUID.randomUUID())
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void expired_tokens_tokens_of_another_key_and_tokens_without_tenant_are_401() {
        for (String token : new String[] {TestTokens.expired(Tenants.DEMO, "c"), TestTokens.signedByAnotherKey(Tenants.DEMO, "c"),
                TestTokens.withoutTenant("c", TestTokens.CUSTOMER)}) {
            web.get().uri("/admin/ping")
                    .headers(headers -> headers.setBearerAuth(token))
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void a_caller_without_the_role_gets_a_403_problem() {
        web.get().uri("/admin/ping")
                .headers(headers -> headers.setBearerAuth(customerToken))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
    }

    @Test
    void a_caller_with_the_role_gets_through() {
        web.get().uri("/admin/ping")
                .headers(headers -> headers.setBearerAuth(TestTokens.admin(Tenants.DEMO)))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("pong");
    }

    @Test
    void health_and_prometheus_are_public() {
        web.get().uri("/actuator/health").exchange().expectStatus().isOk();
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics).contains("payments_outbox_backlog"));
    }
}
