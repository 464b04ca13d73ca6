package com.secutix.payments.benchmarks.load;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Recorder;

/**
 * Open-model load: requests leave at the schedule's intended instants whatever the earlier answers
 * did; at most {@code maxInFlight} wait for an answer at once, and a request that would exceed it is
 * counted as dropped (a failure), never silently skipped. Every answer is checked by the target.
 * Cheap on purpose (it shares the cores with the stack): one pooled HTTP client, one scheduling thread,
 * no per-request logging.
 */
public final class OpenModelDriver {

    private static final Duration DRAIN = Duration.ofSeconds(15);
    private static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(60);

    private final HttpClient client;
    private final int maxInFlight;

    public OpenModelDriver(HttpClient client, int maxInFlight) {
        this.client = client;
        this.maxInFlight = maxInFlight;
    }

    public StepResult run(Target target, RateSchedule schedule) {
        return run(target, schedule, null);
    }

    /** A step, with its right answers second by second ({@link LatencyBySecond}), slow above {@code slowMicros}. */
    public TimedStep runBySecond(Target target, RateSchedule schedule, long slowMicros) {
        LatencyBySecond bySecond = new LatencyBySecond(Instant.now(), schedule.duration(), slowMicros);
        return new TimedStep(run(target, schedule, bySecond), bySecond);
    }

    /** A step and its answers second by second. */
    public record TimedStep(StepResult step, LatencyBySecond bySecond) {
    }

    private StepResult run(Target target, RateSchedule schedule, LatencyBySecond bySecond) {
        Recorder latencies = new Recorder(HIGHEST_MICROS, 3);
        AtomicLong inFlight = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong lastAnswerNanos = new AtomicLong();
        AtomicReference<String> errorSample = new AtomicReference<>();
        long requests = schedule.requests();
        CountDownLatch answered = new CountDownLatch((int) requests);
        long dropped = 0;
        long start = System.nanoTime();
        for (long index = 0; index < requests; index++) {
            long intended = start + schedule.intendedOffsetNanos(index);
            waitUntil(intended);
            if (inFlight.incrementAndGet() > maxInFlight) {
                inFlight.decrementAndGet();
                dropped++;
                answered.countDown();
                continue;
            }
            client.sendAsync(target.request(index), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> {
                        long now = System.nanoTime();
                        inFlight.decrementAndGet();
                        String problem = failure != null ? failure.toString()
                                : target.problemWith(new Answer(response.statusCode(), response.body()));
                        if (problem == null) {
                            long micros = Math.min(HIGHEST_MICROS, (now - intended) / 1000);
                            latencies.recordValue(micros);
                            if (bySecond != null) {
                                bySecond.record(intended - start, micros);
                            }
                            ok.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            errorSample.compareAndSet(null, problem);
                        }
                        lastAnswerNanos.accumulateAndGet(now, Math::max);
                        answered.countDown();
                    });
        }
        long unanswered = awaitAnswers(answered);
        var histogram = latencies.getIntervalHistogram();
        double seconds = Math.max(lastAnswerNanos.get() - start, schedule.duration().toNanos()) / 1e9;
        return new StepResult(target.name(), schedule.perSecond(), seconds, requests - dropped, ok.get(),
                errors.get() + unanswered, dropped, histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(99),
                histogram.getMaxValue(), Optional.ofNullable(errorSample.get()).map(OpenModelDriver::shortened));
    }

    private static void waitUntil(long intendedNanos) {
        long wait;
        while ((wait = intendedNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private static long awaitAnswers(CountDownLatch answered) {
        try {
            answered.await(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return answered.getCount();
    }

    private static String shortened(String problem) {
        return problem.length() > 300 ? problem.substring(0, 300) + "..." : problem;
    }
}
