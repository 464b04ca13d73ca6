package com.secutix.payments.platform.kafka;

import com.secutix.payments.events.EventJson;
import com.secutix.payments.events.Topics;
import com.secutix.payments.platform.SampleEvents;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.r2dbc.core.DatabaseClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PlatformIntegrationTest
class ConsumerIT {

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    DatabaseClient database;

    @Test
    void an_event_delivered_twice_has_one_effect() throws Exception {
        UUID paymentId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();

        kafka.send(eventRecord(paymentId, eventId)).get();
        kafka.send(eventRecord(paymentId, eventId)).get();
        String laterEventId = UUID.randomUUID().toString();
        kafka.send(eventRecord(paymentId, laterEventId)).get();

        await().atMost(Duration.ofSeconds(20)).until(() -> effectsOf(laterEventId) == 1);
        assertThat(effectsOf(eventId)).isEqualTo(1);
        assertThat(database.sql("select count(*) from processed_events where consumer = 'platform-test-listener' and event_id = :id")
                .bind("id", eventId).map(row -> row.get(0, Long.class)).one().block()).isEqualTo(1);
    }

    @Test
    void a_poison_record_goes_to_the_dead_letter_topic_with_its_reason_and_the_next_record_is_still_consumed() throws Exception {
        String key = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(Topics.PAYMENTS, key,
                "{not an event".getBytes(StandardCharsets.UTF_8));
        kafka.send(poison).get();
        UUID paymentId = UUID.fromString(key);
        String nextEventId = UUID.randomUUID().toString();
        kafka.send(eventRecord(paymentId, nextEventId)).get();

        await().atMost(Duration.ofSeconds(20)).until(() -> effectsOf(nextEventId) == 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ConsumerRecord<String, byte[]> deadLetter = TopicReader.readAll(Topics.deadLetterOf(Topics.PAYMENTS)).stream()
                    .filter(record -> key.equals(record.key()))
                    .findFirst().orElseThrow();
            assertThat(TopicReader.headerAsString(deadLetter, "x-dead-letter-reason"))
                    .isEqualTo("PoisonEventException: missing header ce_specversion");
            assertThat(TopicReader.valueAsString(deadLetter)).isEqualTo("{not an event");
            assertThat(TopicReader.headerAsString(deadLetter, "kafka_dlt-original-topic")).isEqualTo(Topics.PAYMENTS);
        });
    }

    @Test
    void a_batch_listener_gives_each_event_of_a_batch_and_of_its_redelivery_one_effect() {
        Map<UUID, String> events = IntStream.range(0, 20).boxed()
                .collect(Collectors.toMap(i -> UUID.randomUUID(), i -> UUID.randomUUID().toString()));
        List<ProducerRecord<String, byte[]>> batch = recordsOf(events);

        sendTogether(batch);
        sendTogether(recordsOf(events));
        String laterEventId = UUID.randomUUID().toString();
        sendTogether(List.of(eventRecordOnPartitionZero(UUID.randomUUID(), laterEventId)));

        await().atMost(Duration.ofSeconds(20)).until(() -> batchEffectsOf(laterEventId) == 1);
        assertThat(events.values()).allSatisfy(eventId -> {
            assertThat(batchEffectsOf(eventId)).isEqualTo(1);
            assertThat(database.sql("select count(*) from processed_events where consumer = :consumer and event_id = :id")
                    .bind("consumer", "platform-test-batch-listener").bind("id", eventId)
                    .map(row -> row.get(0, Long.class)).one().block()).isEqualTo(1);
        });
    }

    @Test
    void events_published_apart_reach_a_batch_listener_together_within_its_max_wait() throws Exception {
        // the test app's batch listeners: the broker answers a fetch at 16 KiB or after 300 ms (application.yml);
        // five small events 50 ms apart fit in at most two of those waits, where a fetch answered at the first
        // byte would bring each alone
        List<String> eventIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ProducerRecord<String, byte[]> record = eventRecordOnPartitionZero(UUID.randomUUID(), UUID.randomUUID().toString());
            eventIds.add(eventIdOf(record));
            kafka.send(record).get();
            Thread.sleep(50);
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(eventIds)
                .allSatisfy(eventId -> assertThat(batchEffectsOf(eventId)).isEqualTo(1)));
        assertThat(database.sql("select count(distinct batch_transaction) from test_batch_effects where event_id in (:ids)")
                .bind("ids", eventIds).map(row -> row.get(0, Long.class)).one().block()).isLessThanOrEqualTo(2);
    }

    @Test
    void a_poison_record_in_the_middle_of_a_batch_goes_to_the_dead_letter_topic_and_every_other_record_has_one_effect() {
        String poisonKey = UUID.randomUUID().toString();
        List<ProducerRecord<String, byte[]>> good = IntStream.range(0, 6)
                .mapToObj(i -> eventRecordOnPartitionZero(UUID.randomUUID(), UUID.randomUUID().toString()))
                .toList();
        List<String> goodEventIds = good.stream().map(ConsumerIT::eventIdOf).toList();
        List<ProducerRecord<String, byte[]>> batch = new ArrayList<>(good.subList(0, 3));
        batch.add(new ProducerRecord<>(Topics.PAYMENTS, 0, poisonKey, "{not an event".getBytes(StandardCharsets.UTF_8)));
        batch.addAll(good.subList(3, 6));

        sendTogether(batch);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(goodEventIds)
                .allSatisfy(eventId -> assertThat(batchEffectsOf(eventId)).isEqualTo(1)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                TopicReader.readAll(Topics.deadLetterOf(Topics.PAYMENTS)).stream()
                        .filter(record -> poisonKey.equals(record.key()))
                        .filter(record -> "platform-test-batch-listener".equals(
                                TopicReader.headerAsString(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP))))
                .singleElement()
                .satisfies(deadLetter -> {
                    assertThat(TopicReader.headerAsString(deadLetter, "x-dead-letter-reason"))
                            .isEqualTo("PoisonEventException: missing header ce_specversion");
                    assertThat(TopicReader.valueAsString(deadLetter)).isEqualTo("{not an event");
                }));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(goodEventIds)
                .allSatisfy(eventId -> assertThat(batchEffectsOf(eventId)).isEqualTo(1)));
    }

    private static List<ProducerRecord<String, byte[]>> recordsOf(Map<UUID, String> eventIdByPayment) {
        return eventIdByPayment.entrySet().stream()
                .map(event -> eventRecordOnPartitionZero(event.getKey(), event.getValue()))
                .toList();
    }

    /** In one request to the broker, so that the listener's next poll gets them together. */
    private void sendTogether(List<ProducerRecord<String, byte[]>> records) {
        List<CompletableFuture<?>> sent = records.stream().<CompletableFuture<?>>map(kafka::send).toList();
        kafka.flush();
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    }

    private long batchEffectsOf(String eventId) {
        return database.sql("select count(*) from test_batch_effects where event_id = :id").bind("id", eventId)
                .map(row -> row.get(0, Long.class)).one().block();
    }

    private static String eventIdOf(ProducerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
    }

    private static ProducerRecord<String, byte[]> eventRecordOnPartitionZero(UUID paymentId, String eventId) {
        ProducerRecord<String, byte[]> record = eventRecord(paymentId, eventId);
        return new ProducerRecord<>(record.topic(), 0, record.key(), record.value(), record.headers());
    }

    private long effectsOf(String eventId) {
        return database.sql("select count(*) from test_effects where event_id = :id").bind("id", eventId)
                .map(row -> row.get(0, Long.class)).one().block();
    }

    private static ProducerRecord<String, byte[]> eventRecord(UUID paymentId, String eventId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.PAYMENTS, paymentId.toString(),
                EventJson.write(SampleEvents.aDeclinedPayment(Tenants.DEMO, paymentId)));
        Map.of("ce_specversion", "1.0",
                        "ce_id", eventId,
                        "ce_type", "com.secutix.payments.payment.declined.v1",
                        "ce_source", "/secutix/payments/payment-gateway-service",
                        "ce_time", "2026-03-01T10:15:30Z",
                        "ce_subject", paymentId.toString(),
                        "ce_tenantid", Tenants.DEMO,
                        "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
