package com.secutix.payments.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The skeleton runs for real: it starts on embedded Kafka and PostgreSQL, migrates, reports health and is secured. */
@PlatformIntegrationTest
class CheckoutBffIT {

    /** The tables of platform-starter's db/platform migrations. */
    private static final String[] PLATFORM_TABLES = {"outbox_events", "processed_events", "idempotency_keys"};

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    WebTestClient web;

    @BeforeEach
    void connect() {
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void health_is_up_with_liveness_and_readiness() {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            web.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP");
        }
    }

    @Test
    void prometheus_metrics_answer_without_a_token() {
        String metrics = web.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).contains("jvm_memory_used_bytes").contains("application=\"checkout-bff\"");
    }

    @Test
    void any_other_path_without_a_token_is_unauthorized_as_problem_json() {
        web.get().uri("/checkout-sessions").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void a_valid_token_on_a_path_that_does_not_exist_yet_is_not_found() {
        web.get().uri("/checkout-sessions").headers(headers -> headers.setBearerAuth(TestTokens.operator(Tenants.DEMO))).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void the_database_was_migrated_with_the_platform_tables() {
        List<String> migrated = database.sql("SELECT script FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                .map(row -> row.get("script", String.class)).all().collectList().block();
        List<String> tables = database.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                .map(row -> row.get("table_name", String.class)).all().collectList().block();

        assertThat(migrated).isNotEmpty().allMatch(script -> script.startsWith("V0_"),
                "only the platform's own migrations (the service has no table yet)");
        assertThat(tables).contains(PLATFORM_TABLES);
    }
}
