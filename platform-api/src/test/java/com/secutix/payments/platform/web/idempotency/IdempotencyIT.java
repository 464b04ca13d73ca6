package com.secutix.payments.platform.web.idempotency;

import com.secutix.payments.platform.testapp.ActionExecutions;
import com.secutix.payments.testsupport.BadInputSweep;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PlatformIntegrationTest
class IdempotencyIT {

    @LocalServerPort
    int port;
    @Autowired
    DatabaseClient database;
    @Autowired
    ActionExecutions executions;

    WebTestClient web;
    final String customer = "customer-" + UUID.randomUUID();
    final String token = TestTokens.customer(Tenants.DEMO, customer);

    @BeforeEach
    void connect() {
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    private WebTestClient.ResponseSpec post(String key, String body) {
        WebTestClient.RequestBodySpec request = web.post().uri("/test-payments")
                .headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.bodyValue(body).exchange();
    }

    private static String body(String orderReference, long amount) {
        return "{\"orderReference\":\"" + orderReference + "\",\"amount\":" + amount + ",\"currency\":\"EUR\"}";
    }

    private long executions() {
        return executions.count();
    }

    @Test
    void a_request_without_idempotency_key_is_refused_with_400() {
        post(null, body("ORD-1", 100)).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("The Idempotency-Key header is required.");
    }

    @Test
    void an_over_long_key_is_refused_with_400() {
        post("k".repeat(256), body("ORD-1", 100)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("The Idempotency-Key header must not be longer than 255 characters.");
    }

    @Test
    void the_same_key_and_body_replay_the_first_answer_with_one_execution() {
        String key = UUID.randomUUID().toString();
        long before = executions();

        EntityExchangeResult<String> first = post(key, body("ORD-2", 8250)).expectStatus().isCreated()
                .expectBody(String.class).returnResult();
        EntityExchangeResult<String> second = post(key, "{\"currency\":\"EUR\",\"amount\":8250,\"orderReference\":\"ORD-2\"}")
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(String.class).returnResult();

        assertThat(second.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(second.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
        assertThat(executions() - before).isEqualTo(1);
    }

    @Test
    void a_finish_in_one_statement_stores_the_answer_with_the_effect_and_its_event() {
        String key = UUID.randomUUID().toString();

        EntityExchangeResult<String> first = capture(key, "ORD-ONE-1").expectStatus().isCreated()
                .expectBody(String.class).returnResult();
        String id = first.getResponseHeaders().getLocation().getPath().replace("/test-captures/", "");

        assertThat(first.getResponseBody()).contains("\"status\":\"CAPTURED\"");
        assertThat(single("select status from test_payments where id = cast(:v as uuid)", id)).isEqualTo("CAPTURED");
        assertThat(single("select cast(count(*) as text) from outbox_events where correlation_id = :v", "capture-" + id))
                .isEqualTo("1");
        assertThat(single("select state || ' ' || response_status from idempotency_keys where idempotency_key = :v", key))
                .isEqualTo("COMPLETED 201");
        long before = executions();
        capture(key, "ORD-ONE-1").expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(String.class).isEqualTo(first.getResponseBody());
        assertThat(executions()).isEqualTo(before);
    }

    @Test
    void when_another_writer_changed_the_record_first_the_one_statement_finish_writes_nothing_and_answers_what_it_recorded() {
        String key = UUID.randomUUID().toString();

        EntityExchangeResult<String> first = capture(key, "RACED-1").expectStatus().isCreated()
                .expectBody(String.class).returnResult();
        String id = first.getResponseHeaders().getLocation().getPath().replace("/test-captures/", "");

        assertThat(first.getResponseBody()).contains("\"status\":\"REVIEWED\"");
        assertThat(single("select status from test_payments where id = cast(:v as uuid)", id)).isEqualTo("REVIEWED");
        assertThat(single("select cast(count(*) as text) from outbox_events where correlation_id = :v", "capture-" + id))
                .isEqualTo("0");
        capture(key, "RACED-1").expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(String.class).isEqualTo(first.getResponseBody());
    }

    private WebTestClient.ResponseSpec capture(String key, String orderReference) {
        return web.post().uri("/test-captures")
                .headers(headers -> headers.setBearerAuth(token))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"orderReference\":\"" + orderReference + "\"}")
                .exchange();
    }

    private String single(String sql, String value) {
        return database.sql(sql).bind("v", value).map(row -> row.get(0, String.class)).one().block();
    }

    @Test
    void the_same_key_with_another_body_is_refused_with_422_and_nothing_runs() {
        String key = UUID.randomUUID().toString();
        post(key, body("ORD-3", 100)).expectStatus().isCreated();
        long before = executions();

        post(key, body("ORD-3", 999)).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(executions()).isEqualTo(before);
    }

    @Test
    void keys_are_scoped_per_caller() {
        String key = UUID.randomUUID().toString();
        post(key, body("ORD-4", 100)).expectStatus().isCreated();

        web.post().uri("/test-payments")
                .headers(headers -> headers.setBearerAuth(TestTokens.customer(Tenants.DEMO, "someone-else")))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body("ORD-4", 555))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().doesNotExist("Idempotent-Replayed");
    }

    @Test
    void a_duplicate_while_the_first_request_runs_gets_409() {
        String key = UUID.randomUUID().toString();
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() ->
                post(key, body("SLOW-1", 100)).returnResult(String.class).getStatus().value());
        await().atMost(Duration.ofSeconds(10)).until(() -> database.sql(
                        "select count(*) from idempotency_keys where idempotency_key = :key and state = 'IN_PROGRESS'")
                .bind("key", key).map(row -> row.get(0, Long.class)).one().block() == 1);

        post(key, body("SLOW-1", 100)).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(first.join()).isEqualTo(201);
        post(key, body("SLOW-1", 100)).expectStatus().isCreated().expectHeader().valueEquals("Idempotent-Replayed", "true");
    }

    @Test
    void a_client_error_is_not_stored_so_the_request_can_be_retried() {
        String key = UUID.randomUUID().toString();
        long before = executions();

        post(key, body("UNKNOWN-1", 100)).expectStatus().isNotFound();
        post(key, body("UNKNOWN-1", 100)).expectStatus().isNotFound();

        assertThat(executions() - before).isEqualTo(2);
        assertThat(database.sql("select count(*) from idempotency_keys where idempotency_key = :key").bind("key", key)
                .map(row -> row.get(0, Long.class)).one().block()).isZero();
    }

    @Test
    void a_failure_after_the_start_committed_keeps_the_key_so_the_effect_never_runs_twice() {
        String key = UUID.randomUUID().toString();
        long before = executions();

        post(key, body("LOST-1", 100)).expectStatus().is5xxServerError();
        post(key, body("LOST-1", 100)).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(executions() - before).isEqualTo(1);
        assertThat(database.sql("select state from idempotency_keys where idempotency_key = :key").bind("key", key)
                .map(row -> row.get(0, String.class)).one().block()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void past_the_requests_an_instance_runs_at_once_a_request_is_refused_with_503_and_nothing_done() {
        List<String> slowKeys = IntStream.range(0, 3).mapToObj(i -> UUID.randomUUID().toString()).toList();
        List<CompletableFuture<Integer>> slow = slowKeys.stream().map(slowKey -> CompletableFuture.supplyAsync(() ->
                post(slowKey, body("SLOW-" + slowKey, 100)).returnResult(String.class).getStatus().value())).toList();
        await().atMost(Duration.ofSeconds(10)).until(() -> database.sql(
                        "select count(*) from idempotency_keys where state = 'IN_PROGRESS' and idempotency_key = any(:keys)")
                .bind("keys", slowKeys.toArray(String[]::new))
                .map(row -> row.get(0, Long.class)).one().block() == 3);
        String key = UUID.randomUUID().toString();
        long before = executions();

        post(key, body("ORD-BUSY", 100)).expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "1")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("This service is running as many payments as it can; "
                        + "nothing was done, retry with the same Idempotency-Key.");

        assertThat(executions()).isEqualTo(before);
        assertThat(database.sql("select count(*) from idempotency_keys where idempotency_key = :key").bind("key", key)
                .map(row -> row.get(0, Long.class)).one().block()).isZero();
        assertThat(slow.stream().map(CompletableFuture::join)).containsOnly(201);
        post(key, body("ORD-BUSY", 100)).expectStatus().isCreated();
    }

    @Test
    void an_invalid_body_is_refused_before_any_key_is_stored() {
        String key = UUID.randomUUID().toString();

        post(key, "{\"orderReference\":\"ORD-5\",\"currency\":\"EUR\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("Field 'amount' must not be null.");

        assertThat(database.sql("select count(*) from idempotency_keys where idempotency_key = :key").bind("key", key)
                .map(row -> row.get(0, Long.class)).one().block()).isZero();
    }

    @Test
    void two_idempotency_keys_are_refused_with_400_and_nothing_runs() {
        long before = executions();

        web.post().uri("/test-payments")
                .headers(headers -> headers.setBearerAuth(token))
                .header("Idempotency-Key", "key-A", "key-B")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body("ORD-6", 100))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("The Idempotency-Key header is given twice: a request carries it once.");

        assertThat(executions()).isEqualTo(before);
        assertThat(database.sql("select count(*) from idempotency_keys where idempotency_key like 'key-%'")
                .map(row -> row.get(0, Long.class)).one().block()).isZero();
    }

    @Test
    void a_key_holding_a_comma_is_refused_as_two_keys_joined() {
        post("key-A,key-B", body("ORD-7", 100)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("The Idempotency-Key header must hold one key, without a comma.");
    }

    @Test
    void a_key_must_be_visible_ascii() {
        for (String key : new String[] {"a b", "a\tb", "a\u00e9"}) {
            BadInputSweep.Answer answer = BadInputSweep.send(port, BadInputSweep.Probe.of(key, "POST", "/test-payments")
                    .bearer(token).header("Idempotency-Key", key).json(body("ORD-8", 100)));

            assertThat(answer.status()).as(key).isEqualTo(400);
            assertThat(answer.body()).as(key).contains("The Idempotency-Key header may only hold visible ASCII characters "
                    + "(no space, control or non-ASCII character); character 2");
        }
    }

    @Test
    void a_key_of_every_visible_ascii_character_but_the_comma_is_accepted() {
        StringBuilder key = new StringBuilder();
        for (char c = 0x21; c <= 0x7E; c++) {
            if (c != ',') {
                key.append(c);
            }
        }

        post(key.toString(), body("ORD-9", 100)).expectStatus().isCreated();
    }
}
