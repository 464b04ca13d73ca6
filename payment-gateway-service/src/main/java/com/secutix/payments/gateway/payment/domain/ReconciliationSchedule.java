package com.secutix.payments.gateway.payment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When to ask the PSP again about a payment whose outcome is not settled: the first checks after
 * the given delays, then every {@code thereafter}, and after {@code maxChecks} a person takes over.
 */
public record ReconciliationSchedule(List<Duration> firstDelays, Duration thereafter, int maxChecks) {

    public static final ReconciliationSchedule DEFAULT = new ReconciliationSchedule(
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofHours(1)), Duration.ofHours(6), 12);

    public ReconciliationSchedule {
        firstDelays = List.copyOf(firstDelays);
        if (thereafter == null || thereafter.isNegative() || thereafter.isZero()) {
            throw new IllegalArgumentException("the delay between late checks must be positive");
        }
        if (maxChecks < 1) {
            throw new IllegalArgumentException("at least one check is needed");
        }
    }

    /** The time of the next check after {@code checksDone} checks, or empty when the checks are exhausted. */
    public Optional<Instant> nextCheck(int checksDone, Instant now) {
        if (checksDone >= maxChecks) {
            return Optional.empty();
        }
        Duration delay = checksDone < firstDelays.size() ? firstDelays.get(checksDone) : thereafter;
        return Optional.of(now.plus(delay));
    }
}
