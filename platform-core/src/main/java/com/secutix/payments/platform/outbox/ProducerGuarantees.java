package com.secutix.payments.platform.outbox;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;

/**
 * Refuses to start a relay whose producer could lose or duplicate events on retries: the effective
 * configuration (as Kafka's own {@link ProducerConfig} resolves it) must be idempotent with
 * {@code acks=all}.
 */
final class ProducerGuarantees {

    private ProducerGuarantees() {
    }

    static void verify(Map<String, Object> producerConfiguration) {
        Map<String, Object> configuration = new HashMap<>(producerConfiguration);
        configuration.putIfAbsent(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        configuration.putIfAbsent(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        ProducerConfig effective;
        try {
            effective = new ProducerConfig(configuration);
        } catch (RuntimeException invalid) {
            throw new IllegalStateException("The Kafka producer configuration is invalid: " + invalid.getMessage(), invalid);
        }
        String acks = effective.getString(ProducerConfig.ACKS_CONFIG);
        boolean idempotent = effective.getBoolean(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG);
        if (!("all".equals(acks) || "-1".equals(acks)) || !idempotent) {
            throw new IllegalStateException("The outbox relay needs an idempotent Kafka producer with acks=all, but the effective"
                    + " configuration has acks=" + acks + " and enable.idempotence=" + idempotent
                    + " (see spring.kafka.producer.acks and spring.kafka.producer.properties.enable.idempotence)");
        }
    }
}
