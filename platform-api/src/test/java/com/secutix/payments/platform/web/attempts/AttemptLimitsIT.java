package com.secutix.payments.platform.web.attempts;

import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AttemptLimiter} on the shared PostgreSQL: over HTTP through the test application's
 * {@code POST /test-attempts} (3 per caller and hour), and directly with a clock the test moves.
 */
@PlatformIntegrationTest
class AttemptLimitsIT {

    private static final Duration HOUR = Duration.ofHours(1);

    @LocalServerPort
    int port;
    @Autowired
    DatabaseClient database;
    @Autowired
    MeterRegistry meters;

    WebTestClient web;
    final String tenant = "attempts-" + UUID.randomUUID();
    /** Tomorrow 10:53:08, 412 seconds before the end of an hour window: later than the windows of any other test. */
    final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.parse("P1DT10H53M8S")));
    final SimpleMeterRegistry limiterMeters = new SimpleMeterRegistry();
    AttemptLimiter limiter;

    @BeforeEach
    void connect() {
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20)).build();
        limiter = new AttemptLimiter(database, clock, limiterMeters, "test-attempt-subject-key");
    }

    private WebTestClient.ResponseSpec attemptAs(String token) {
        return web.post().uri("/test-attempts").headers(headers -> headers.setBearerAuth(token)).exchange();
    }

    private static AttemptLimit fivePerHour() {
        return new AttemptLimit("payment-per-customer", "payment attempts for this customer", 5, HOUR);
    }

    /** True when the attempt passed, false when the limit refused it. */
    private Mono<Boolean> tryAttempt(AttemptLimit limit, String tenantId, String subject) {
        return limiter.count(limit, tenantId, subject).thenReturn(true)
                .onErrorResume(TooManyAttemptsException.class, refused -> Mono.just(false));
    }

    private boolean passes(AttemptLimit limit, String tenantId, String subject) {
        return passes(limiter.count(limit, tenantId, subject));
    }

    private static boolean passes(Mono<Void> attempt) {
        return attempt.thenReturn(true).onErrorResume(TooManyAttemptsException.class, refused -> Mono.just(false)).block();
    }

    private long rows(String sql) {
        return database.sql(sql).bind("tenant", tenant).map(row -> row.get(0, Long.class)).one().block();
    }

    @Test
    void the_attempt_after_the_last_allowed_one_is_refused_with_429_problem_json_and_retry_after() {
        String token = TestTokens.customer(Tenants.DEMO, "customer-" + UUID.randomUUID());
        double refusedBefore = meters.counter(AttemptLimiter.REFUSED_METRIC, "limit", "test-attempts").count();
        for (int attempt = 1; attempt <= 3; attempt++) {
            attemptAs(token).expectStatus().isNoContent();
        }

        WebTestClient.BodyContentSpec refusal = attemptAs(token).expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, value -> assertThat(Long.parseLong(value)).isBetween(1L, 3600L))
                .expectBody();

        refusal.jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.title").isEqualTo("Too Many Requests")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
                        .matches("Too many test attempts for this caller; try again in \\d+ seconds?\\."));
        assertThat(meters.counter(AttemptLimiter.REFUSED_METRIC, "limit", "test-attempts").count()).isEqualTo(refusedBefore + 1);
    }

    @Test
    void another_caller_or_the_same_caller_id_in_another_tenant_is_not_affected() {
        String customer = "customer-" + UUID.randomUUID();
        for (int attempt = 1; attempt <= 4; attempt++) {
            attemptAs(TestTokens.customer(Tenants.DEMO, customer));
        }
        attemptAs(TestTokens.customer(Tenants.DEMO, customer)).expectStatus().isEqualTo(429);

        attemptAs(TestTokens.customer(Tenants.DEMO, "customer-" + UUID.randomUUID())).expectStatus().isNoContent();
        attemptAs(TestTokens.customer(Tenants.OTHER, customer)).expectStatus().isNoContent();
    }

    @Test
    void the_retry_after_is_the_time_left_in_the_window() {
        AttemptLimit limit = fivePerHour();
        for (int attempt = 1; attempt <= 5; attempt++) {
            limiter.count(limit, tenant, "alice").block();
        }

        TooManyAttemptsException refused = limiter.count(limit, tenant, "alice")
                .then(Mono.<TooManyAttemptsException>empty())
                .onErrorResume(TooManyAttemptsException.class, Mono::just)
                .block();

        assertThat(refused).isNotNull();
        assertThat(refused.retryAfterSeconds()).isEqualTo(412);
        assertThat(refused.limitName()).isEqualTo("payment-per-customer");
        assertThat(refused.getMessage()).isEqualTo("Too many payment attempts for this customer; try again in 412 seconds.");
        assertThat(limiterMeters.counter(AttemptLimiter.REFUSED_METRIC, "limit", "payment-per-customer").count()).isEqualTo(1);
    }

    @Test
    void the_next_window_allows_attempts_again() {
        AttemptLimit limit = fivePerHour();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(passes(limit, tenant, "alice")).isTrue();
        }
        assertThat(passes(limit, tenant, "alice")).isFalse();

        clock.advance(Duration.ofSeconds(412));

        assertThat(passes(limit, tenant, "alice")).isTrue();
    }

    @Test
    void twenty_concurrent_attempts_on_one_key_let_exactly_the_limit_through() {
        AttemptLimit limit = fivePerHour();

        List<Boolean> outcomes = Flux.range(0, 20)
                .flatMap(attempt -> tryAttempt(limit, tenant, "mallory"), 20)
                .collectList().block();

        assertThat(outcomes).hasSize(20);
        assertThat(outcomes.stream().filter(passed -> passed)).hasSize(5);
    }

    @Test
    void a_customer_is_counted_as_themselves_and_by_their_address_which_other_customers_share() {
        AttemptLimit perAddress = new AttemptLimit("payment-per-ip", "payment attempts from this address", 8, HOUR);
        CustomerAttemptLimits customers = new CustomerAttemptLimits(limiter, fivePerHour(), perAddress);
        Optional<String> sharedAddress = Optional.of("203.0.113.7");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(passes(customers.count(tenant, "alice", sharedAddress))).isTrue();
        }
        assertThat(passes(customers.count(tenant, "alice", sharedAddress))).as("alice's sixth").isFalse();

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(passes(customers.count(tenant, "bob", sharedAddress))).isTrue();
        }
        assertThat(passes(customers.count(tenant, "bob", sharedAddress))).as("the address's ninth").isFalse();
        assertThat(passes(customers.count(tenant, "carol", Optional.empty()))).as("carol, through staff").isTrue();
    }

    @Test
    void no_subject_is_stored_in_clear() {
        limiter.count(fivePerHour(), tenant, "203.0.113.7").block();

        List<String> subjects = Flux.from(database.sql("select subject_hash from attempt_counts where tenant_id = :tenant")
                        .bind("tenant", tenant).map(row -> row.get("subject_hash", String.class)).all())
                .collectList().block();
        assertThat(subjects).singleElement().satisfies(subject -> assertThat(subject).matches("[0-9a-f]{64}"));
    }

    @Test
    void the_purge_deletes_ended_windows_and_keeps_the_current_one() {
        AttemptLimit limit = fivePerHour();
        limiter.count(limit, tenant, "alice").block();
        limiter.count(limit, tenant, "bob").block();
        clock.advance(HOUR);
        limiter.count(limit, tenant, "alice").block();

        Long deleted = new ExpiredAttemptWindowsPurge(database, clock, HOUR, 1).purgeExpired().block();

        assertThat(deleted).isGreaterThanOrEqualTo(2);
        assertThat(rows("select count(*) from attempt_counts where tenant_id = :tenant")).isEqualTo(1);
        assertThat(passes(limit, tenant, "alice")).isTrue();
    }
}
