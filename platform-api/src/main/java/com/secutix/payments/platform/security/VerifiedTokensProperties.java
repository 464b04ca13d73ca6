package com.secutix.payments.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code payments.security.verified-tokens.*}: how long a verified access token is remembered
 * ({@code time-to-live}, default 1 minute, never past the token's expiry; 0 verifies every request) and how
 * many at most ({@code maximum-size}, default 10,000).
 */
@ConfigurationProperties("payments.security.verified-tokens")
public record VerifiedTokensProperties(Duration timeToLive, Long maximumSize) {

    public VerifiedTokensProperties {
        timeToLive = timeToLive == null ? Duration.ofMinutes(1) : timeToLive;
        maximumSize = maximumSize == null ? 10_000L : maximumSize;
        if (timeToLive.isNegative()) {
            throw new IllegalArgumentException("payments.security.verified-tokens.time-to-live must not be negative");
        }
        if (maximumSize < 0) {
            throw new IllegalArgumentException("payments.security.verified-tokens.maximum-size must not be negative");
        }
    }
}
