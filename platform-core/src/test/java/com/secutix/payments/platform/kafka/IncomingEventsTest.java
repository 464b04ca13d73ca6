package com.secutix.payments.platform.kafka;

import com.secutix.payments.events.EventJson;
import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.events.payment.v1.PaymentDeclined;
import com.secutix.payments.platform.SampleEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomingEventsTest {

    private final PaymentDeclined event = SampleEvents.aDeclinedPayment("demo-theatre");

    private Map<String, String> validHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", "4a0a8f1e-0d7c-4a5e-9a53-6d1a0b1c2d3e");
        headers.put("ce_type", "com.secutix.payments.payment.declined.v1");
        headers.put("ce_source", "/secutix/payments/payment-gateway-service");
        headers.put("ce_time", "2026-03-01T11:15:30+01:00");
        headers.put("ce_subject", event.aggregateId());
        headers.put("ce_tenantid", "demo-theatre");
        headers.put("ce_correlationid", "corr-1");
        headers.put("content-type", "application/json");
        return headers;
    }

    private static ConsumerRecord<String, byte[]> record(Map<String, String> headers, byte[] value) {
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, text) -> recordHeaders.add(name, text.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>("payments.payment.v1", 0, 7L, 0L, TimestampType.CREATE_TIME, 0, 0, "key", value,
                recordHeaders, Optional.empty());
    }

    @Test
    void reads_the_metadata_and_the_payload() {
        IncomingEvent<PaymentDeclined> incoming = IncomingEvents.parse(record(validHeaders(), EventJson.write(event)),
                PaymentDeclined.class);

        assertThat(incoming.payload()).isEqualTo(event);
        assertThat(incoming.metadata().id()).isEqualTo("4a0a8f1e-0d7c-4a5e-9a53-6d1a0b1c2d3e");
        assertThat(incoming.metadata().time()).isEqualTo(Instant.parse("2026-03-01T10:15:30Z"));
        assertThat(incoming.metadata().tenantId()).isEqualTo("demo-theatre");
        assertThat(incoming.metadata().correlationId()).isEqualTo("corr-1");
        assertThat(incoming.metadata().source()).isEqualTo("/secutix/payments/payment-gateway-service");
    }

    @Test
    void reads_the_payload_as_the_catalogued_type_when_no_type_is_asked() {
        IncomingEvent<?> incoming = IncomingEvents.parse(record(validHeaders(), EventJson.write(event)));

        assertThat(incoming.payload()).isEqualTo(event);
    }

    @Test
    void a_record_without_an_event_id_is_poison() {
        Map<String, String> headers = validHeaders();
        headers.remove("ce_id");

        assertThatThrownBy(() -> IncomingEvents.parse(record(headers, EventJson.write(event)), PaymentDeclined.class))
                .isInstanceOf(PoisonEventException.class)
                .hasMessage("missing header ce_id");
    }

    @Test
    void a_record_without_a_tenant_is_poison() {
        Map<String, String> headers = validHeaders();
        headers.remove("ce_tenantid");

        assertThatThrownBy(() -> IncomingEvents.metadata(record(headers, EventJson.write(event))))
                .isInstanceOf(PoisonEventException.class)
                .hasMessage("missing header ce_tenantid");
    }

    @Test
    void an_unknown_event_type_is_poison() {
        Map<String, String> headers = validHeaders();
        headers.put("ce_type", "com.example.unknown.v1");

        assertThatThrownBy(() -> IncomingEvents.parse(record(headers, EventJson.write(event))))
                .isInstanceOf(PoisonEventException.class)
                .hasMessage("unknown event type com.example.unknown.v1");
    }

    @Test
    void a_payload_that_is_not_json_is_poison() {
        assertThatThrownBy(() -> IncomingEvents.parse(record(validHeaders(), "not json".getBytes(StandardCharsets.UTF_8)),
                PaymentDeclined.class))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("unreadable PaymentDeclined");
    }

    @Test
    void an_empty_payload_is_poison() {
        assertThatThrownBy(() -> IncomingEvents.parse(record(validHeaders(), new byte[0]), PaymentDeclined.class))
                .isInstanceOf(PoisonEventException.class)
                .hasMessage("the record has no payload");
    }

    @Test
    void a_malformed_time_is_poison() {
        Map<String, String> headers = validHeaders();
        headers.put("ce_time", "yesterday");

        assertThatThrownBy(() -> IncomingEvents.metadata(record(headers, EventJson.write(event))))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("ce_time");
    }

    @Test
    void asking_for_another_type_than_the_record_carries_is_poison() {
        assertThatThrownBy(() -> IncomingEvents.parse(record(validHeaders(), EventJson.write(event)), CardSaved.class))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("is not a CardSaved");
    }
}
