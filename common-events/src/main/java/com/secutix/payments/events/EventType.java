package com.secutix.payments.events;

import java.util.Objects;

/**
 * A kind of event: its logical CloudEvents type name (never a Java class name), its topic, the record
 * that carries it, the {@code ce_source} of the one service that publishes it
 * ({@code /secutix/payments/<service>}, so a consumer can refuse the same type from anyone else) and
 * the JSON Schema its serialized form must satisfy.
 */
public record EventType<T extends PlatformEvent>(String name, String topic, Class<T> payloadType, String source) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(source, "source");
    }

    /** Class-path location of the JSON Schema, e.g. {@code schemas/com.secutix.payments.payment.captured.v1.schema.json}. */
    public String schemaResource() {
        return "schemas/" + name + ".schema.json";
    }
}
