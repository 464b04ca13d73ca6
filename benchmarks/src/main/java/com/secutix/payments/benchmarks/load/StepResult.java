package com.secutix.payments.benchmarks.load;

import java.util.Optional;

/**
 * One constant-rate step: what was offered, how many answers were right, wrong or never sent (too many
 * in flight), how fast the right ones came, and a sample of a wrong one.
 * Latencies are in microseconds, counted from each request's intended send time.
 */
public record StepResult(String target, double offeredPerSecond, double seconds, long sent, long ok, long errors,
                         long dropped, long p50Micros, long p99Micros, long maxMicros, Optional<String> errorSample) {

    /** Right answers per second over the step, from its first intended send to its last answer. */
    public double achievedPerSecond() {
        return seconds > 0 ? ok / seconds : 0;
    }

    /** Sustained: nearly all offered load answered, every answer right, p99 within the SLO. */
    public boolean sustained(long p99SloMicros) {
        return errors == 0 && dropped == 0 && ok > 0 && achievedPerSecond() >= 0.95 * offeredPerSecond
                && p99Micros <= p99SloMicros;
    }

    public long failures() {
        return errors + dropped;
    }
}
