package com.secutix.payments.platform.outbox;

import com.secutix.payments.events.Topics;
import com.secutix.payments.platform.testapp.ConsumedTraces;
import com.secutix.payments.platform.testapp.DeclinePayment;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@PlatformIntegrationTest
class OutboxIT {

    @Autowired
    DeclinePayment declinePayment;
    @Autowired
    DatabaseClient database;
    @Autowired
    TransactionalOperator transactions;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    Clock clock;
    @Autowired
    MeterRegistry meters;
    @Autowired
    Outbox outbox;
    @Autowired
    ConsumedTraces consumedTraces;
    @Autowired
    OutboxRelay applicationRelay;
    @LocalServerPort
    int port;

    @Test
    void the_trace_of_the_http_request_that_appended_an_event_continues_in_the_kafka_record_and_the_listener() {
        UUID paymentId = UUID.randomUUID();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        WebTestClient web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();

        web.post().uri("/test-declines/{id}?tenant={tenant}", paymentId, Tenants.DEMO)
                .header(TraceHeaders.TRACEPARENT, "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isNoContent();

        ConsumerRecord<String, byte[]> published = awaitPublished(paymentId);
        assertThat(traceIdOf(TopicReader.headerAsString(published, TraceHeaders.TRACEPARENT))).isEqualTo(traceId);
        assertThat(traceIdOf(TopicReader.headerAsString(published, TraceHeaders.CE_TRACEPARENT))).isEqualTo(traceId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(consumedTraces.traceIdOf(paymentId.toString())).contains(traceId));
    }

    @Test
    void an_event_appended_outside_any_trace_is_published_without_the_cloudevents_trace_context() {
        UUID paymentId = UUID.randomUUID();

        declinePayment.decline(paymentId, Tenants.DEMO).block();

        assertThat(countOf("select count(*) from outbox_events where message_key = :key and traceparent is null",
                paymentId.toString())).isEqualTo(1);
        ConsumerRecord<String, byte[]> published = awaitPublished(paymentId);
        assertThat(TopicReader.header(published, TraceHeaders.CE_TRACEPARENT)).isEmpty();
        assertThat(TopicReader.header(published, TraceHeaders.CE_TRACESTATE)).isEmpty();
    }

    private ConsumerRecord<String, byte[]> awaitPublished(UUID paymentId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.readAll(Topics.PAYMENTS).stream()
                .filter(record -> paymentId.toString().equals(record.key()))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    private static String traceIdOf(String traceparent) {
        return new TraceHeaders(traceparent, null).traceId();
    }

    @Test
    void the_state_change_and_its_outbox_row_commit_together() {
        UUID paymentId = UUID.randomUUID();

        declinePayment.decline(paymentId, Tenants.DEMO).block();

        assertThat(countOf("select count(*) from test_payments where id = :id", paymentId)).isEqualTo(1);
        assertThat(countOf("select count(*) from outbox_events where message_key = :id", paymentId.toString())).isEqualTo(1);
    }

    @Test
    void a_rollback_leaves_neither_the_state_change_nor_the_outbox_row() {
        UUID paymentId = UUID.randomUUID();

        assertThatThrownBy(() -> declinePayment.declineThenFail(paymentId, Tenants.DEMO).block())
                .hasMessageContaining("last step of the use case failed");

        assertThat(countOf("select count(*) from test_payments where id = :id", paymentId)).isZero();
        assertThat(countOf("select count(*) from outbox_events where message_key = :id", paymentId.toString())).isZero();
    }

    @Test
    void the_relay_publishes_the_event_with_its_cloudevents_headers_and_marks_it_published() {
        UUID paymentId = UUID.randomUUID();

        declinePayment.decline(paymentId, Tenants.DEMO).block();

        UUID eventId = database.sql("select id from outbox_events where message_key = :key")
                .bind("key", paymentId.toString()).map(row -> row.get("id", UUID.class)).one().block();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                countOf("select count(*) from outbox_events where id = :id and published_at is not null", eventId)).isEqualTo(1));
        ConsumerRecord<String, byte[]> published = TopicReader.readAll(Topics.PAYMENTS).stream()
                .filter(record -> paymentId.toString().equals(record.key()))
                .findFirst().orElseThrow();
        assertThat(TopicReader.headerAsString(published, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicReader.headerAsString(published, "ce_id")).isEqualTo(eventId.toString());
        assertThat(TopicReader.headerAsString(published, "ce_type")).isEqualTo("com.secutix.payments.payment.declined.v1");
        assertThat(TopicReader.headerAsString(published, "ce_source")).isEqualTo("/secutix/payments/platform-test-app");
        assertThat(TopicReader.headerAsString(published, "ce_time")).isNotBlank();
        assertThat(TopicReader.headerAsString(published, "ce_subject")).isEqualTo(paymentId.toString());
        assertThat(TopicReader.headerAsString(published, "ce_tenantid")).isEqualTo(Tenants.DEMO);
        assertThat(TopicReader.headerAsString(published, "ce_correlationid")).isEqualTo("corr-" + paymentId);
        assertThat(TopicReader.headerAsString(published, "content-type")).isEqualTo("application/json");
        assertThat(TopicReader.valueAsString(published)).contains("\"paymentId\":\"" + paymentId + "\"");
        assertThat(meters.get("payments.outbox.published").counter().count()).isPositive();
        assertThat(meters.get("payments.outbox.backlog").gauge()).isNotNull();
        assertThat(meters.get("payments.outbox.batch.size").summary().count()).isPositive();
    }

    @Test
    void two_relays_racing_for_the_same_rows_publish_each_row_once() {
        OutboxProperties properties = new OutboxProperties(false, Duration.ofMillis(10), 7, Duration.ofSeconds(15), Duration.ofDays(1), Duration.ZERO);
        OutboxRelay first = new OutboxRelay(database, transactions, kafka, "/secutix/payments/relay-a", properties, clock, meters);
        OutboxRelay second = new OutboxRelay(database, transactions, kafka, "/secutix/payments/relay-b", properties, clock, meters);
        String tenant = "race-" + UUID.randomUUID();
        List<UUID> paymentIds = IntStream.range(0, 40).mapToObj(i -> UUID.randomUUID()).toList();
        Flux.fromIterable(paymentIds)
                .concatMap(id -> transactions.transactional(outbox.append(
                        com.secutix.payments.platform.SampleEvents.aDeclinedPayment(tenant, id), "race")))
                .blockLast();

        Flux.range(0, 30)
                .flatMap(round -> Mono.zip(first.relayBatch().subscribeOn(Schedulers.parallel()),
                        second.relayBatch().subscribeOn(Schedulers.parallel())))
                .blockLast(Duration.ofSeconds(60));

        Set<String> keys = paymentIds.stream().map(UUID::toString).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Long> publishedPerKey = TopicReader.readAll(Topics.PAYMENTS).stream()
                    .map(ConsumerRecord::key)
                    .filter(keys::contains)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(publishedPerKey).hasSize(paymentIds.size());
            assertThat(publishedPerKey.values()).containsOnly(1L);
        });
        assertThat(countOf("select count(*) from outbox_events where tenant_id = :t and published_at is null", tenant)).isZero();
    }

    @Test
    void a_commit_wakes_the_relay_at_once_and_a_rollback_does_not() {
        OutboxWakeUp wakeUp = new OutboxWakeUp();
        Outbox signallingOutbox = new R2dbcOutbox(database, clock, UUID::randomUUID, OutboxTracing.NONE, wakeUp);
        OutboxProperties pollOnceAnHour = new OutboxProperties(true, Duration.ofHours(1), 200, Duration.ofSeconds(15), Duration.ofDays(1), Duration.ZERO);
        OutboxRelay relay = new OutboxRelay(database, transactions, kafka, "/secutix/payments/woken-relay", pollOnceAnHour,
                clock, meters, OutboxTracing.NONE, wakeUp);
        UUID rolledBack = UUID.randomUUID();
        UUID committed = UUID.randomUUID();
        applicationRelay.stop();
        try {
            // what earlier tests left is published first, round by round: a round may find the lock still
            // held by the application relay's last transaction, and the started relay would then wait an hour
            await().atMost(Duration.ofSeconds(20)).until(() -> relay.relayBatch().block() >= 0 && countOf(
                    "select count(*) from outbox_events where published_at is null and tenant_id = :t", Tenants.DEMO) == 0);
            relay.start(); // its first round finds nothing; then it waits for a commit or its hourly poll
            OutboxWakeUp unusedWakeUp = new OutboxWakeUp();
            assertThatThrownBy(() -> transactions.transactional(
                    new R2dbcOutbox(database, clock, UUID::randomUUID, OutboxTracing.NONE, unusedWakeUp).append(
                                    com.secutix.payments.platform.SampleEvents.aDeclinedPayment(Tenants.DEMO, rolledBack), "woken")
                            .then(Mono.error(new IllegalStateException("rolled back")))).block())
                    .hasMessageContaining("rolled back");
            StepVerifier.create(unusedWakeUp.nextCommitOr(Duration.ofHours(1), Duration.ZERO))
                    .expectSubscription().expectNoEvent(Duration.ofMillis(500)).thenCancel().verify();

            transactions.transactional(signallingOutbox.append(
                    com.secutix.payments.platform.SampleEvents.aDeclinedPayment(Tenants.DEMO, committed), "woken")).block();

            awaitPublished(committed);
            assertThat(TopicReader.readAll(Topics.PAYMENTS)).noneMatch(record -> rolledBack.toString().equals(record.key()));
        } finally {
            relay.stop();
            applicationRelay.start();
        }
    }

    private long countOf(String sql, Object value) {
        String name = sql.substring(sql.indexOf(':') + 1).split("[^a-zA-Z]")[0];
        return database.sql(sql).bind(name, value).map(row -> row.get(0, Long.class)).one().block();
    }
}
