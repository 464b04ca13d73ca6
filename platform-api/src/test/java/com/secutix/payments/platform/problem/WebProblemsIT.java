package com.secutix.payments.platform.problem;

import com.secutix.payments.platform.testapp.ActionExecutions;
import com.secutix.payments.testsupport.BadInputSweep;
import com.secutix.payments.testsupport.BadInputSweep.Answer;
import com.secutix.payments.testsupport.BadInputSweep.Probe;
import com.secutix.payments.testsupport.CardDataScanner;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
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
    @Autowired
    ActionExecutions executions;

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
        // not a card number (Luhn): a card number is refused before binding (a_card_number_or_security_code...)
        String body = postPayment("{\"orderReference\":\"ORD-1\",\"amount\":\"4111 1111 1111 1112\",\"currency\":\"EUR\"}")
                .expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).contains("Field 'amount' must be an integer.").doesNotContain("4111 1111 1111 1112");
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
    void a_problem_names_its_members_in_the_order_of_rfc_9457() {
        UUID id = UUID.randomUUID();
        String body = web.get().uri("/test-payments/{id}", id)
                .headers(headers -> headers.setBearerAuth(customerToken))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                + "\"detail\":\"Payment " + id + " does not exist.\",\"instance\":\"/test-payments/" + id + "\"}");
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
    void a_card_number_in_the_path_is_never_echoed_as_the_instance() {
        web.get().uri("/test-payments/4111111111111111")
                .headers(headers -> headers.setBearerAuth(customerToken))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("about:blank")
                .jsonPath("$.title").isEqualTo("Bad Request")
                .jsonPath("$.instance").isEqualTo("/test-payments/************1111");
        web.get().uri(java.net.URI.create("http://localhost:" + port + "/test-payments/4111%201111%201111%201111"))
                .headers(headers -> headers.setBearerAuth(customerToken))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.instance").isEqualTo("/test-payments/****%20****%20****%201111");
        web.get().uri(java.net.URI.create("http://localhost:" + port + "/test-payments/4111%2D1111%2D1111%2D1111"))
                .headers(headers -> headers.setBearerAuth(customerToken))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.instance").doesNotExist();
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

    @Test
    void a_duplicated_json_key_is_refused_naming_the_key_and_nothing_runs() {
        int before = executions.count();

        postPayment("{\"orderReference\":\"ORD-1\",\"amount\":100,\"amount\":100000,\"currency\":\"EUR\"}")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("Field 'amount' is given twice; a JSON object names each field once.");

        assertThat(executions.count()).isEqualTo(before);
    }

    @Test
    void a_duplicated_key_in_a_nested_object_is_refused_with_its_path() {
        postPayment("{\"orderReference\":\"ORD-1\",\"amount\":100,\"currency\":\"EUR\",\"buyer\":{\"name\":\"A\",\"name\":\"B\"}}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("Field 'buyer.name' is given twice; a JSON object names each field once.");
    }

    @Test
    void a_second_json_document_after_the_body_is_refused() {
        postPayment("{\"orderReference\":\"ORD-1\",\"amount\":100,\"currency\":\"EUR\"} {\"amount\":1}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("The request body holds more than one JSON value; send exactly one.");
    }

    @Test
    void an_exponent_or_a_fraction_is_not_an_integer_amount() {
        for (String amount : new String[] {"1e3", "100.5"}) {
            postPayment("{\"orderReference\":\"ORD-1\",\"amount\":" + amount + ",\"currency\":\"EUR\"}")
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.detail").isEqualTo("Field 'amount' must be an integer.");
        }
    }

    @Test
    void authorization_given_twice_is_refused_with_400() {
        Answer answer = BadInputSweep.send(port, Probe.of("two tokens", "GET", "/test-payments/" + UUID.randomUUID())
                .bearer(customerToken).bearer(TestTokens.admin(Tenants.DEMO)));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("\"detail\":\"The Authorization header is given twice: a request carries it once.\"");
    }

    @Test
    void content_type_given_twice_is_refused_with_400_and_nothing_runs() {
        int before = executions.count();

        Answer answer = BadInputSweep.send(port, Probe.of("two content types", "POST", "/test-payments").bearer(customerToken)
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "text/plain")
                .json("{\"orderReference\":\"ORD-1\",\"amount\":100,\"currency\":\"EUR\"}"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("The Content-Type header is given twice: a request carries it once.");
        assertThat(executions.count()).isEqualTo(before);
    }

    @Test
    void a_malformed_form_body_is_a_400_not_a_500() {
        web.post().uri("/test-forms")
                .headers(headers -> headers.setBearerAuth(customerToken))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("ALIAS=abc&CARDNO=%zz")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail")
                .isEqualTo("The form body is not valid application/x-www-form-urlencoded: each '%' must be followed by two hexadecimal digits.");
    }

    @Test
    void a_wrong_method_is_a_405_problem_with_allow() {
        web.delete().uri("/test-payments")
                .headers(headers -> headers.setBearerAuth(customerToken))
                .exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Allow", allow -> assertThat(allow).contains("POST").contains("GET"))
                .expectBody().jsonPath("$.detail").isEqualTo("The method DELETE is not allowed on this resource; allowed: GET, POST.");
    }

    @Test
    void an_unsupported_media_type_is_a_415_problem_naming_no_class() {
        web.post().uri("/test-payments")
                .headers(headers -> headers.setBearerAuth(customerToken))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("amount=100")
                .exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).value(body -> assertThat(body)
                        .contains("The request's Content-Type is not supported here; send application/json")
                        .doesNotContain("com.secutix").doesNotContain("org.springframework"));
    }

    @Test
    void a_badly_encoded_path_is_a_400_problem_although_no_application_code_runs() {
        Answer answer = BadInputSweep.send(port, Probe.of("bad escape", "GET", "/test-payments/%zz").bearer(customerToken));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("The request URL is not validly percent-encoded");
    }

    @Test
    void an_over_long_url_is_a_414_problem() {
        Answer answer = BadInputSweep.send(port, Probe.of("long URL", "GET", "/test-payments/" + "a".repeat(10_000)).bearer(customerToken));

        assertThat(answer.status()).isEqualTo(414);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("The request line (method, URL and protocol) is longer than 4096 bytes; shorten the URL.");
    }

    @Test
    void a_10_kb_authorization_header_is_a_431_problem_not_a_500() {
        Answer answer = BadInputSweep.send(port, Probe.of("huge token", "GET", "/test-payments/" + UUID.randomUUID())
                .header("Authorization", "Bearer " + "a".repeat(10_000)));

        assertThat(answer.status()).isEqualTo(431);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("The request headers are larger than 8192 bytes in all");
    }

    @Test
    void a_card_number_in_the_path_is_never_echoed() {
        for (String path : new String[] {"/test-payments/4111111111111111", "/no/such/route/4111111111111111",
                "/no/such/route/4111-1111-1111-1111"}) {
            String body = web.get().uri(path)
                    .headers(headers -> headers.setBearerAuth(customerToken))
                    .exchange()
                    .expectStatus().is4xxClientError()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(String.class).returnResult().getResponseBody();

            assertThat(CardDataScanner.scan(body)).as(path).isEmpty();
            assertThat(body).as(path).contains("1111");
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void a_card_number_or_security_code_in_a_json_body_is_refused_naming_the_field_and_nothing_runs_or_is_logged(
            CapturedOutput output) {
        int before = executions.count();
        String[] bodies = {
                "{\"orderReference\":\"ORD-1\",\"amount\":100,\"currency\":\"EUR\",\"cardNumber\":\"4012888888881881\"}",
                "{\"orderReference\":\"ORD-1\",\"amount\":100,\"currency\":\"EUR\",\"buyer\":{\"name\":\"A\",\"CVV_2\":\"cvc-7319-x\"}}",
                "{\"orderReference\":\"4012 8888 8888 1881\",\"amount\":100,\"currency\":\"EUR\"}"};
        String[] fields = {"cardNumber", "buyer.CVV_2", "orderReference"};
        for (int i = 0; i < bodies.length; i++) {
            byte[] answer = postPayment(bodies[i])
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.errors[0].field").isEqualTo(fields[i])
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .contains("card numbers and security codes are never accepted"))
                    .returnResult().getResponseBodyContent();
            String body = new String(answer, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(CardDataScanner.scan(body)).isEmpty();
            assertThat(body).doesNotContain("cvc-7319-x");
        }
        // a masked number is what the PSP shows: it is not card data
        postPayment("{\"orderReference\":\"XXXXXXXXXXXX1881\",\"amount\":100,\"currency\":\"EUR\"}")
                .expectStatus().value(status -> assertThat(status).isLessThan(300));

        assertThat(executions.count()).isEqualTo(before + 1);
        assertThat(output.getAll()).doesNotContain("4012888888881881").doesNotContain("4012 8888 8888 1881")
                .doesNotContain("cvc-7319-x");
    }

    @Test
    void a_json_key_that_is_a_card_number_is_never_echoed() {
        String body = postPayment("{\"4111111111111111\":1,\"4111111111111111\":2}")
                .expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(CardDataScanner.scan(body)).isEmpty();
    }

    @Test
    void a_payment_that_accepts_no_json_answer_is_a_406_before_anything_runs() {
        int before = executions.count();

        web.post().uri("/test-payments")
                .headers(headers -> headers.setBearerAuth(customerToken))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Accept", "image/png")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"orderReference\":\"ORD-1\",\"amount\":100,\"currency\":\"EUR\"}")
                .exchange()
                .expectStatus().isEqualTo(406)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo(
                        "None of the media types the Accept header asks for can be answered; this resource answers "
                                + "application/json or application/problem+json.");

        assertThat(executions.count()).isEqualTo(before);
    }
}
