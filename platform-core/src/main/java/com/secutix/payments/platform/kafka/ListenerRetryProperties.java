package com.secutix.payments.platform.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code payments.kafka.listener.*}: how often a failing record is retried ({@code retries}, 2) and the
 * pause between tries ({@code back-off}, 200 ms) before it goes to its dead-letter topic. Kept short
 * so one bad record holds its partition for well under a second.
 */
@ConfigurationProperties("payments.kafka.listener")
public record ListenerRetryProperties(Integer retries, Duration backOff) {

    public ListenerRetryProperties {
        retries = retries == null ? 2 : retries;
        backOff = backOff == null ? Duration.ofMillis(200) : backOff;
    }
}
