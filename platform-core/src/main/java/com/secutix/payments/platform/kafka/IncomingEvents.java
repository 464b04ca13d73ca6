package com.secutix.payments.platform.kafka;

import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.events.EventCatalogue;
import com.secutix.payments.events.EventJson;
import com.secutix.payments.events.EventMetadata;
import com.secutix.payments.events.EventType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads our events from Kafka records (CloudEvents binary binding, JSON value). Anything that cannot
 * be read is a {@link PoisonEventException}: it goes to the dead-letter topic instead of blocking the
 * partition.
 * <p>
 * A topic carries several event types: read the type with {@link #metadata} or use {@link #parse(ConsumerRecord)}
 * and look at the payload's class; {@link #parse(ConsumerRecord, Class)} is for a record known to
 * carry that type.
 */
public final class IncomingEvents {

    private IncomingEvents() {
    }

    /** The payload as the record class the catalogue knows for its {@code ce_type}. */
    public static IncomingEvent<?> parse(ConsumerRecord<String, byte[]> record) {
        EventMetadata metadata = metadata(record);
        EventType<?> type = typeOf(metadata);
        return new IncomingEvent<>(metadata, read(record, type.payloadType()));
    }

    /** The payload as {@code payloadType}; poison when the record's {@code ce_type} is another type. */
    public static <T> IncomingEvent<T> parse(ConsumerRecord<String, byte[]> record, Class<T> payloadType) {
        EventMetadata metadata = metadata(record);
        EventType<?> type = typeOf(metadata);
        if (!payloadType.isAssignableFrom(type.payloadType())) {
            throw new PoisonEventException("event type " + metadata.type() + " is not a " + payloadType.getSimpleName());
        }
        return new IncomingEvent<>(metadata, read(record, payloadType));
    }

    /** The CloudEvents attributes of a record; poison when a required one is missing or malformed. */
    public static EventMetadata metadata(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        String specVersion = required(headers, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new PoisonEventException("unsupported CloudEvents spec version " + specVersion);
        }
        return new EventMetadata(
                required(headers, CloudEventHeaders.ID),
                required(headers, CloudEventHeaders.TYPE),
                required(headers, CloudEventHeaders.SOURCE),
                timeOf(headers),
                optional(headers, CloudEventHeaders.SUBJECT),
                required(headers, CloudEventHeaders.TENANT_ID),
                optional(headers, CloudEventHeaders.CORRELATION_ID));
    }

    private static EventType<?> typeOf(EventMetadata metadata) {
        return EventCatalogue.byName(metadata.type())
                .orElseThrow(() -> new PoisonEventException("unknown event type " + metadata.type()));
    }

    private static <T> T read(ConsumerRecord<String, byte[]> record, Class<T> payloadType) {
        if (record.value() == null || record.value().length == 0) {
            throw new PoisonEventException("the record has no payload");
        }
        try {
            return EventJson.read(record.value(), payloadType);
        } catch (RuntimeException unreadable) {
            throw new PoisonEventException(unreadable.getMessage(), unreadable);
        }
    }

    private static Instant timeOf(Headers headers) {
        String time = required(headers, CloudEventHeaders.TIME);
        try {
            return OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException malformed) {
            throw new PoisonEventException("header " + CloudEventHeaders.TIME + " is not an RFC 3339 time");
        }
    }

    private static String required(Headers headers, String name) {
        String value = optional(headers, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("missing header " + name);
        }
        return value;
    }

    private static String optional(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
