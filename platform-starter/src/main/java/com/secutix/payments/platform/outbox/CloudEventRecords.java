package com.secutix.payments.platform.outbox;

import com.secutix.payments.events.CloudEventHeaders;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.net.URI;
import java.time.ZoneOffset;

/**
 * Builds the Kafka record of an outbox row in the CloudEvents Kafka binary binding (cloudevents-kafka):
 * {@code ce_specversion}, {@code ce_id}, {@code ce_type}, {@code ce_source}, {@code ce_time},
 * {@code ce_subject}, {@code ce_tenantid}, {@code ce_correlationid}, {@code content-type}; the value is
 * the event's JSON, the key its aggregate id.
 */
final class CloudEventRecords {

    private static final String TENANT_EXTENSION = CloudEventHeaders.TENANT_ID.substring("ce_".length());
    private static final String CORRELATION_EXTENSION = CloudEventHeaders.CORRELATION_ID.substring("ce_".length());

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
        CloudEvent cloudEvent = event.build();
        return KafkaMessageFactory.<String>createWriter(row.topic(), row.key()).writeBinary(cloudEvent);
    }
}
