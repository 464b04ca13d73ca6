package com.secutix.payments.platform.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code payments.kafka.batch.max-records} (500): the most records one poll hands to a batch listener
 * ({@code max.poll.records} of the containers of {@link PlatformKafkaAutoConfiguration#BATCH_LISTENER_FACTORY}),
 * so the most events one database transaction of a consumer holds.
 */
@ConfigurationProperties("payments.kafka.batch")
public record BatchListenerProperties(Integer maxRecords) {

    public BatchListenerProperties {
        maxRecords = maxRecords == null ? 500 : maxRecords;
        if (maxRecords < 1) {
            throw new IllegalArgumentException("payments.kafka.batch.max-records must be at least 1");
        }
    }
}
