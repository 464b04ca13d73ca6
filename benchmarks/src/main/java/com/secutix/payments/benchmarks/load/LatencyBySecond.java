package com.secutix.payments.benchmarks.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A constant-rate window's right answers second by second of their intended send time: when in the window the slow
 * ones were asked for, so that a window's p99 can be laid beside what else the machine did then (PostgreSQL's
 * autovacuum and checkpoints, {@code measure.PostgresBackgroundWork}).
 */
public final class LatencyBySecond {

    /** One second of the window: its right answers, how many were slower than the window's threshold, the slowest. */
    public record Second(Instant start, long answers, long slowAnswers, long slowestMicros) {
    }

    private final Instant start;
    private final long slowMicros;
    private final AtomicLongArray answers;
    private final AtomicLongArray slowAnswers;
    private final AtomicLongArray slowestMicros;

    LatencyBySecond(Instant start, Duration window, long slowMicros) {
        int seconds = (int) Math.max(1, (window.toMillis() + 999) / 1000);
        this.start = start;
        this.slowMicros = slowMicros;
        this.answers = new AtomicLongArray(seconds);
        this.slowAnswers = new AtomicLongArray(seconds);
        this.slowestMicros = new AtomicLongArray(seconds);
    }

    /** A right answer to the request meant to be sent {@code offsetNanos} after the window's start. */
    void record(long offsetNanos, long latencyMicros) {
        int second = (int) Math.min(answers.length() - 1, Math.max(0, offsetNanos / 1_000_000_000L));
        answers.incrementAndGet(second);
        if (latencyMicros > slowMicros) {
            slowAnswers.incrementAndGet(second);
        }
        slowestMicros.accumulateAndGet(second, latencyMicros, Math::max);
    }

    public long slowMicros() {
        return slowMicros;
    }

    public List<Second> seconds() {
        List<Second> seconds = new ArrayList<>(answers.length());
        for (int i = 0; i < answers.length(); i++) {
            seconds.add(new Second(start.plusSeconds(i), answers.get(i), slowAnswers.get(i), slowestMicros.get(i)));
        }
        return seconds;
    }
}
