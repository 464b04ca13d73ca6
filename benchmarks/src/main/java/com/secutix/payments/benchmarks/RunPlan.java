package com.secutix.payments.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.secutix.payments.benchmarks.load.RateSteps;

/**
 * How long and how hard each scenario runs, and where the report goes: the full run (docs/, under 15
 * minutes with the stack's start) or the smoke run of CI (benchmarks/target/, a few seconds per scenario
 * at low rates, checking only that every answer was right and every scenario produced data). {@code idle}: how long
 * the stack's CPU is measured at rest, once the step-ups' backlog is gone. {@code warmUpRate}: the first rate of the
 * warm-ups, which then run at twice and three times it; {@code compiling}: the rounds that follow them, each payment
 * path at that rate in turn, until the JIT of every JVM of the payment path has settled or the cap has passed.
 */
record RunPlan(boolean smoke, Duration step, double warmUpRate, Compiling compiling, List<Double> paymentRates,
               List<Double> bareWebRates, List<Double> pspRates, Duration settle, Duration idle, Duration constantRate,
               Duration profile, Duration baselineLoop, long p99SloMicros, Path reportDirectory) {

    /** Rounds of {@code round} per payment path at {@code rate}, until the compilers are quiet or {@code cap} has passed. */
    record Compiling(double rate, Duration round, Duration cap) {
    }

    static final long P99_SLO_MICROS = 500_000;

    static RunPlan full(Path root) {
        // the baselines start high (B-web at 676 requests/s, B-psp at 879): every run sustained well over a thousand of
        // each, and the steps saved pay for the retries of the payment curves' bisections, for the rounds until the JIT
        // has settled and for the settling at the half rate before the steady windows; the payment curves start at 44/s
        // (every run sustained over seven times that at the gateway and four times at the box office), on the ladder of
        // the runs whose curves started at 20/s
        List<Double> paymentLadder = RateSteps.geometric(20, 1.3, 2000);
        return new RunPlan(false, Duration.ofSeconds(6), 20, new Compiling(100, Duration.ofSeconds(5), Duration.ofSeconds(120)),
                paymentLadder.subList(3, paymentLadder.size()),
                RateSteps.geometric(676, 1.3, 20000), RateSteps.geometric(879, 1.3, 20000), Duration.ofSeconds(30),
                Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(5), P99_SLO_MICROS, root.resolve("docs"));
    }

    static RunPlan smoke(Path root) {
        return new RunPlan(true, Duration.ofSeconds(2), 5, new Compiling(10, Duration.ofSeconds(1), Duration.ofSeconds(1)),
                List.of(5.0, 10.0), List.of(20.0, 40.0), List.of(20.0, 40.0),
                Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(3), Duration.ofSeconds(2), P99_SLO_MICROS,
                root.resolve("benchmarks/target"));
    }
}
