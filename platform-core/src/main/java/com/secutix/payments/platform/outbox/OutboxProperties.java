package com.secutix.payments.platform.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code payments.outbox.*}: whether this instance relays ({@code relay-enabled}), how often it polls
 * for rows no commit signal announced ({@code poll-interval}, 500 ms: rows committed by another instance;
 * this instance's own commits wake the relay, see {@link OutboxWakeUp}), how long a round waits after the
 * commit that wakes it so that the commits right behind it join its batch ({@code gather}, 20 ms), how many rows a
 * batch claims ({@code batch-size}), how long it waits for Kafka's acknowledgements ({@code send-timeout}) and how
 * long published rows are kept ({@code retention}).
 */
@ConfigurationProperties("payments.outbox")
public record OutboxProperties(Boolean relayEnabled, Duration pollInterval, Integer batchSize, Duration sendTimeout,
                               Duration retention, Duration gather) {

    public OutboxProperties {
        relayEnabled = relayEnabled == null || relayEnabled;
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        batchSize = batchSize == null ? 200 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(15) : sendTimeout;
        retention = retention == null ? Duration.ofDays(7) : retention;
        gather = gather == null ? Duration.ofMillis(20) : gather;
        if (batchSize < 1) {
            throw new IllegalArgumentException("payments.outbox.batch-size must be at least 1");
        }
        if (gather.isNegative()) {
            throw new IllegalArgumentException("payments.outbox.gather must not be negative");
        }
    }
}
