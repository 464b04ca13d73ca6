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
import org.springframework.r2dbc.core.DatabaseClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

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
        assertThat(database.sql("select count(*) from processed_events where event_id = :id").bind("id", eventId)
                .map(row -> row.get(0, Long.class)).one().block()).isEqualTo(1);
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
