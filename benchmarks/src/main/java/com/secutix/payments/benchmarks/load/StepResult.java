package com.secutix.payments.benchmarks.load;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One constant-rate step: what was offered, how many answers were right, wrong or never sent (too many
 * in flight), how fast the right ones came, and a sample of a wrong one.
 * Latencies are in microseconds, counted from each request's intended send time. For a payment step, also how long
 * after its last answer the card vault had consumed every payment event ({@code eventsDrainedMicros}, empty for a
 * target that publishes none): a payment rate is only sustained if the vault keeps up with it.
 */
public record StepResult(String target, double offeredPerSecond, double seconds, long sent, long ok, long errors,
                         long dropped, long p50Micros, long p99Micros, long maxMicros, Optional<String> errorSample,
                         OptionalLong eventsDrainedMicros) {

    /** A step of a target whose downstream is not measured (baselines, warm-ups, constant-rate windows). */
    public StepResult(String target, double offeredPerSecond, double seconds, long sent, long ok, long errors,
                      long dropped, long p50Micros, long p99Micros, long maxMicros, Optional<String> errorSample) {
        this(target, offeredPerSecond, seconds, sent, ok, errors, dropped, p50Micros, p99Micros, maxMicros, errorSample,
                OptionalLong.empty());
    }

    /** This step, with how long its events took to be consumed after its last answer. */
    public StepResult withEventsDrainedMicros(long micros) {
        return new StepResult(target, offeredPerSecond, seconds, sent, ok, errors, dropped, p50Micros, p99Micros, maxMicros,
                errorSample, OptionalLong.of(micros));
    }

    /** Right answers per second over the step, from its first intended send to its last answer. */
    public double achievedPerSecond() {
        return seconds > 0 ? ok / seconds : 0;
    }

    /**
     * Sustained: nearly all offered load answered, every answer right, p99 within the SLO, and the step's events (where
     * measured) consumed within the same SLO of its last answer, so that no backlog is left for later to pay.
     */
    public boolean sustained(long p99SloMicros) {
        return errors == 0 && dropped == 0 && ok > 0 && achievedPerSecond() >= 0.95 * offeredPerSecond
                && p99Micros <= p99SloMicros && eventsDrainedMicros.orElse(0) <= p99SloMicros;
    }

    public long failures() {
        return errors + dropped;
    }
}
