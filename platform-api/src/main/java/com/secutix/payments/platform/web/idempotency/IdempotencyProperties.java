package com.secutix.payments.platform.web.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code payments.idempotency.retention}: how long a key and its answer are kept (24 h by default;
 * refunds and installments may ask for more); {@code payments.idempotency.max-key-length}; how often
 * expired keys are deleted ({@code purge-interval}, 10 min) and how many rows one delete takes
 * ({@code purge-batch-size}, 1000); {@code max-in-flight} (256), how many money-moving requests one
 * instance runs at once: beyond it a request is answered 503 with {@code Retry-After} before anything is
 * done, instead of queueing until the instance runs out of memory.
 */
@ConfigurationProperties("payments.idempotency")
public record IdempotencyProperties(Duration retention, Integer maxKeyLength, Duration purgeInterval, Integer purgeBatchSize,
                                    Integer maxInFlight) {

    public IdempotencyProperties {
        retention = retention == null ? Duration.ofHours(24) : retention;
        maxKeyLength = maxKeyLength == null ? 255 : maxKeyLength;
        purgeInterval = purgeInterval == null ? Duration.ofMinutes(10) : purgeInterval;
        purgeBatchSize = purgeBatchSize == null ? 1000 : purgeBatchSize;
        maxInFlight = maxInFlight == null ? 256 : maxInFlight;
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("payments.idempotency.max-in-flight must be at least 1");
        }
    }
}
