package com.secutix.payments.platform.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code payments.outbox.*}: whether this instance relays ({@code relay-enabled}), how often it polls
 * when idle ({@code poll-interval}, 20 ms: one cheap query when nothing waits, see {@link OutboxRelay}; it is
 * what a batch may wait from its commit to its publication), how many rows a batch claims ({@code batch-size}), how long it
 * waits for Kafka's acknowledgements ({@code send-timeout}) and how long published rows are kept
 * ({@code retention}).
 */
@ConfigurationProperties("payments.outbox")
public record OutboxProperties(Boolean relayEnabled, Duration pollInterval, Integer batchSize, Duration sendTimeout,
                               Duration retention) {

    public OutboxProperties {
        relayEnabled = relayEnabled == null || relayEnabled;
        pollInterval = pollInterval == null ? Duration.ofMillis(20) : pollInterval;
        batchSize = batchSize == null ? 200 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(15) : sendTimeout;
        retention = retention == null ? Duration.ofDays(7) : retention;
        if (batchSize < 1) {
            throw new IllegalArgumentException("payments.outbox.batch-size must be at least 1");
        }
    }
}
