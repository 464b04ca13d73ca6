package com.secutix.payments.platform.outbox;

import com.secutix.payments.events.CloudEventHeaders;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

/**
 * Builds the Kafka record of an outbox row in the CloudEvents Kafka binary binding (cloudevents-kafka):
 * {@code ce_specversion}, {@code ce_id}, {@code ce_type}, {@code ce_source}, {@code ce_time},
 * {@code ce_subject}, {@code ce_tenantid}, {@code ce_correlationid}, {@code content-type}; the value is
 * the event's JSON, the key its aggregate id. A traced row also gets the CloudEvents distributed-tracing
 * extension ({@code ce_traceparent}, {@code ce_tracestate}) and the W3C headers {@code traceparent},
 * {@code tracestate} (which the Kafka template's observation replaces by its producer span's, in the same trace).
 */
final class CloudEventRecords {

    private static final String TENANT_EXTENSION = CloudEventHeaders.TENANT_ID.substring("ce_".length());
    private static final String CORRELATION_EXTENSION = CloudEventHeaders.CORRELATION_ID.substring("ce_".length());

    private static final String TRACEPARENT_EXTENSION = TraceHeaders.CE_TRACEPARENT.substring("ce_".length());
    private static final String TRACESTATE_EXTENSION = TraceHeaders.CE_TRACESTATE.substring("ce_".length());

    private final URI source;

    /** @param source {@code /secutix/payments/<service>} */
    CloudEventRecords(String source) {
        this.source = URI.create(source);
    }

    ProducerRecord<String, byte[]> recordOf(OutboxRow row) {
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(row.id().toString())
                .withType(row.type())
                .withSource(source)
                .withTime(row.occurredAt().atOffset(ZoneOffset.UTC))
                .withSubject(row.subject())
                .withDataContentType(CloudEventHeaders.JSON)
                .withExtension(TENANT_EXTENSION, row.tenantId())
                .withData(row.payload());
        if (row.correlationId() != null) {
            event.withExtension(CORRELATION_EXTENSION, row.correlationId());
        }
        if (row.trace() != null) {
            event.withExtension(TRACEPARENT_EXTENSION, row.trace().traceparent());
            if (row.trace().tracestate() != null) {
                event.withExtension(TRACESTATE_EXTENSION, row.trace().tracestate());
            }
        }
        CloudEvent cloudEvent = event.build();
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.<String>createWriter(row.topic(), row.key()).writeBinary(cloudEvent);
        if (row.trace() != null) {
            row.trace().asMap().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        }
        return record;
    }
}
