package com.secutix.payments.platform.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code payments.kafka.batch.*}, for the containers of {@link PlatformKafkaAutoConfiguration#BATCH_LISTENER_FACTORY}:
 * {@code max-records} (500), the most records one poll hands to a batch listener ({@code max.poll.records}),
 * so the most events one database transaction of a consumer holds; {@code min-bytes} (16 KiB) and
 * {@code max-wait} (50 ms), how much the broker gathers before it answers a fetch ({@code fetch.min.bytes},
 * {@code fetch.max.wait.ms}): under load a poll then brings a batch of events, one transaction for tens of
 * them instead of one each, for at most {@code max-wait} more from commit to effect.
 */
@ConfigurationProperties("payments.kafka.batch")
public record BatchListenerProperties(Integer maxRecords, DataSize minBytes, Duration maxWait) {

    public BatchListenerProperties {
        maxRecords = maxRecords == null ? 500 : maxRecords;
        minBytes = minBytes == null ? DataSize.ofKilobytes(16) : minBytes;
        maxWait = maxWait == null ? Duration.ofMillis(50) : maxWait;
        if (maxRecords < 1) {
            throw new IllegalArgumentException("payments.kafka.batch.max-records must be at least 1");
        }
    }
}
