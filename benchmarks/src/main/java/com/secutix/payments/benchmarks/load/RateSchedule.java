package com.secutix.payments.benchmarks.load;

import java.time.Duration;

/**
 * A constant arrival rate for a while: the instants (from the start) at which each request is meant to
 * be sent, whatever happened to the earlier ones. Latency counts from these instants, so a request that
 * had to wait behind slow ones shows its wait (no coordinated omission).
 */
public record RateSchedule(double perSecond, Duration duration) {

    public RateSchedule {
        if (!(perSecond > 0) || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a schedule needs a positive rate and duration, not " + perSecond + "/s for " + duration);
        }
    }

    /** How many requests the schedule sends. */
    public long requests() {
        return Math.max(1, Math.round(perSecond * duration.toNanos() / 1e9));
    }

    /** When request {@code index} (from 0) is meant to be sent, in nanoseconds after the start. */
    public long intendedOffsetNanos(long index) {
        return Math.round(index * 1e9 / perSecond);
    }
}
