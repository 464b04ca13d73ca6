package com.secutix.payments.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every service shows once it runs for real on the embedded Kafka and PostgreSQL: health with
 * liveness and readiness, Prometheus metrics tagged with its name, APIs closed to callers without a
 * token (problem+json), and a database migrated with the platform's tables. A service's test
 * extends it under {@link PlatformIntegrationTest}.
 */
public abstract class RunningServiceContract {

    /** The tables of the db/platform migrations of platform-core and platform-api. */
    private static final String[] PLATFORM_TABLES = {"outbox_events", "processed_events", "idempotency_keys"};

    private final String applicationName;
    private final String apiPath;

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    protected WebTestClient web;

    /**
     * @param applicationName the service's {@code spring.application.name}
     * @param apiPath         a path of its API, which callers without a token must not reach
     */
    protected RunningServiceContract(String applicationName, String apiPath) {
        this.applicationName = applicationName;
        this.apiPath = apiPath;
    }

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
    void prometheus_metrics_answer_without_a_token_tagged_with_the_service_name() {
        String metrics = web.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).contains("jvm_memory_used_bytes").contains("application=\"" + applicationName + "\"");
    }

    @Test
    void the_api_without_a_token_is_unauthorized_as_problem_json() {
        web.get().uri(apiPath).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void the_database_was_migrated_with_the_platform_tables() {
        List<String> tables = database.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                .map(row -> row.get("table_name", String.class)).all().collectList().block();

        assertThat(tables).contains(PLATFORM_TABLES).contains("flyway_schema_history");
    }

    @Test
    void the_busiest_platform_tables_keep_no_planner_statistics_on_columns_no_query_filters_on() {
        assertThat(statisticsTarget("outbox_events", "payload")).isZero();
        assertThat(statisticsTarget("idempotency_keys", "response_body")).isZero();
        assertThat(statisticsTarget("outbox_events", "published_at")).as("the relay's and the purge's column").isNotZero();
        assertThat(statisticsTarget("idempotency_keys", "expires_at")).as("the purge's column").isNotZero();
    }

    /** The column's statistics target: 0 for none, -1 (or none stored) for the database's default. */
    private int statisticsTarget(String table, String column) {
        return database.sql("SELECT cast(coalesce(attstattarget, -1) AS integer) AS target FROM pg_attribute"
                        + " WHERE attrelid = cast(:table AS regclass) AND attname = :column")
                .bind("table", table).bind("column", column)
                .map(row -> row.get("target", Integer.class)).one().block();
    }

    protected List<String> appliedMigrations() {
        return database.sql("SELECT script FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                .map(row -> row.get("script", String.class)).all().collectList().block();
    }
}
