package com.secutix.payments.platform.web.attempts;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;

/**
 * {@code payments.attempts.limits.<name>.max-attempts} and {@code .window}: the attempt limits a service
 * uses, by name (set in its {@code application.yml}); {@code subject-key}, the secret (at least 16
 * characters, the same on every instance) the counted subjects are hashed with; how often ended windows are
 * deleted ({@code purge-interval}, 10 min) and how many rows one delete takes ({@code purge-batch-size}, 1000).
 */
@ConfigurationProperties("payments.attempts")
public record AttemptLimitsProperties(Map<String, Allowance> limits, String subjectKey, Duration purgeInterval,
                                      Integer purgeBatchSize) {

    /** How many attempts per window one limit allows. */
    public record Allowance(Integer maxAttempts, Duration window) {
    }

    public AttemptLimitsProperties {
        limits = limits == null ? Map.of() : Map.copyOf(limits);
        purgeInterval = purgeInterval == null ? Duration.ofMinutes(10) : purgeInterval;
        purgeBatchSize = purgeBatchSize == null ? 1000 : purgeBatchSize;
    }

    /**
     * The limit configured under {@code name}; a service resolves its limits while it starts, so a missing
     * or incomplete one stops the start-up with the property to set.
     */
    public AttemptLimit limit(String name, String description) {
        Allowance allowance = limits.get(name);
        if (allowance == null || allowance.maxAttempts() == null || allowance.window() == null) {
            throw new IllegalStateException("payments.attempts.limits." + name + ".max-attempts and .window must be set");
        }
        if (subjectKey == null || subjectKey.length() < SubjectHash.SHORTEST_KEY) {
            throw new IllegalStateException("payments.attempts.subject-key must be set, at least "
                    + SubjectHash.SHORTEST_KEY + " characters, the same on every instance");
        }
        return new AttemptLimit(name, description, allowance.maxAttempts(), allowance.window());
    }
}
