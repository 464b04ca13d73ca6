package com.secutix.payments.platform.web.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code payments.idempotency.retention}: how long a key and its answer are kept (24 h by default;
 * refunds and installments may ask for more); {@code payments.idempotency.max-key-length}.
 */
@ConfigurationProperties("payments.idempotency")
public record IdempotencyProperties(Duration retention, Integer maxKeyLength) {

    public IdempotencyProperties {
        retention = retention == null ? Duration.ofHours(24) : retention;
        maxKeyLength = maxKeyLength == null ? 255 : maxKeyLength;
    }
}
