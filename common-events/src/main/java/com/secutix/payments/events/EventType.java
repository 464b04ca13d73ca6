package com.secutix.payments.events;

import java.util.Objects;

/**
 * A kind of event: its logical CloudEvents type name (never a Java class name), its topic, the record
 * that carries it and the JSON Schema its serialized form must satisfy.
 */
public record EventType<T extends PlatformEvent>(String name, String topic, Class<T> payloadType) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadType, "payloadType");
    }

    /** Class-path location of the JSON Schema, e.g. {@code schemas/com.secutix.payments.payment.captured.v1.schema.json}. */
    public String schemaResource() {
        return "schemas/" + name + ".schema.json";
    }
}
