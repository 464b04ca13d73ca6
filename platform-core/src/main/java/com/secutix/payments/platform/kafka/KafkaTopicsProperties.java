package com.secutix.payments.platform.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code payments.kafka.partitions} (3) and {@code payments.kafka.replication-factor} (1) of the
 * platform's topics and their dead-letter topics, created at start-up.
 */
@ConfigurationProperties("payments.kafka")
public record KafkaTopicsProperties(Integer partitions, Short replicationFactor) {

    public KafkaTopicsProperties {
        partitions = partitions == null ? 3 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
    }
}
