package com.secutix.payments.platform.outbox;

import com.secutix.payments.events.EventCatalogue;
import com.secutix.payments.events.EventJson;
import com.secutix.payments.events.Topics;
import com.secutix.payments.events.payment.v1.PaymentDeclined;
import com.secutix.payments.platform.SampleEvents;
import com.secutix.payments.platform.kafka.IncomingEvent;
import com.secutix.payments.platform.kafka.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CloudEventRecordsTest {

    private final CloudEventRecords records = new CloudEventRecords("/secutix/payments/payment-gateway-service");
    private final UUID eventId = UUID.randomUUID();
    private final PaymentDeclined event = SampleEvents.aDeclinedPayment("demo-theatre");

    private OutboxRow rowOf(PaymentDeclined event, String correlationId) {
        return rowOf(event, correlationId, null);
    }

    private OutboxRow rowOf(PaymentDeclined event, String correlationId, TraceHeaders trace) {
        return new OutboxRow(eventId, Topics.PAYMENTS, event.aggregateId(), EventCatalogue.PAYMENT_DECLINED.name(),
                event.aggregateId(), event.tenantId(), correlationId, EventJson.write(event), SampleEvents.OCCURRED_AT, trace);
    }

    @Test
    void writes_the_cloudevents_binary_headers_of_the_conventions() {
        ProducerRecord<String, byte[]> record = records.recordOf(rowOf(event, "corr-42"));

        assertThat(record.topic()).isEqualTo("payments.payment.v1");
        assertThat(record.key()).isEqualTo(event.paymentId().toString());
        assertThat(headers(record)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId.toString(),
                "ce_type", "com.secutix.payments.payment.declined.v1",
                "ce_source", "/secutix/payments/payment-gateway-service",
                "ce_time", "2026-03-01T10:15:30Z",
                "ce_subject", event.paymentId().toString(),
                "ce_tenantid", "demo-theatre",
                "ce_correlationid", "corr-42",
                "content-type", "application/json"));
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"reason\":\"refused by the issuer\"");
    }

    @Test
    void a_traced_row_carries_its_trace_context_as_w3c_and_cloudevents_tracing_headers() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        ProducerRecord<String, byte[]> record = records.recordOf(rowOf(event, "corr-42", new TraceHeaders(traceparent, "vendor=1")));

        assertThat(headers(record)).containsEntry("traceparent", traceparent)
                .containsEntry("ce_traceparent", traceparent)
                .containsEntry("tracestate", "vendor=1")
                .containsEntry("ce_tracestate", "vendor=1");
    }

    @Test
    void a_row_appended_outside_any_trace_has_no_trace_headers() {
        ProducerRecord<String, byte[]> record = records.recordOf(rowOf(event, "corr-42"));

        assertThat(headers(record)).doesNotContainKeys("traceparent", "tracestate", "ce_traceparent", "ce_tracestate");
    }

    @Test
    void leaves_out_the_correlation_header_when_there_is_none() {
        ProducerRecord<String, byte[]> record = records.recordOf(rowOf(event, null));

        assertThat(headers(record)).doesNotContainKey("ce_correlationid");
    }

    @Test
    void what_the_relay_writes_the_consumers_read_back() {
        ProducerRecord<String, byte[]> sent = records.recordOf(rowOf(event, "corr-42"));
        ConsumerRecord<String, byte[]> received = new ConsumerRecord<>(sent.topic(), 0, 0L, 0L, TimestampType.CREATE_TIME,
                0, 0, sent.key(), sent.value(), sent.headers(), Optional.empty());

        IncomingEvent<PaymentDeclined> incoming = IncomingEvents.parse(received, PaymentDeclined.class);

        assertThat(incoming.payload()).isEqualTo(event);
        assertThat(incoming.metadata().id()).isEqualTo(eventId.toString());
        assertThat(incoming.metadata().time()).isEqualTo(SampleEvents.OCCURRED_AT);
        assertThat(incoming.metadata().correlationId()).isEqualTo("corr-42");
    }

    private static Map<String, String> headers(ProducerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
