package com.secutix.payments.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.secutix.payments.benchmarks.load.RateSteps;

/**
 * How long and how hard each scenario runs, and where the report goes: the full run (docs/, under 15
 * minutes with the stack's start) or the smoke run of CI (benchmarks/target/, a few seconds per scenario
 * at low rates, checking only that every answer was right and every scenario produced data). {@code idle}: how long
 * the stack's CPU is measured at rest, once the step-ups' backlog is gone.
 */
record RunPlan(boolean smoke, Duration step, List<Double> paymentRates, List<Double> bareWebRates, List<Double> pspRates,
               Duration settle, Duration idle, Duration constantRate, Duration profile, Duration baselineLoop,
               long p99SloMicros, Path reportDirectory) {

    static final long P99_SLO_MICROS = 500_000;

    static RunPlan full(Path root) {
        // the baselines start high (B-web at 676 requests/s, B-psp at 879): every run sustained well over a thousand of
        // each, and the steps saved pay for the retries of the payment curves' bisections, for the box office's longer
        // warm-up and for the settling at the half rate before the steady windows
        return new RunPlan(false, Duration.ofSeconds(6), RateSteps.geometric(20, 1.3, 2000),
                RateSteps.geometric(676, 1.3, 20000), RateSteps.geometric(879, 1.3, 20000), Duration.ofSeconds(30),
                Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(5), P99_SLO_MICROS, root.resolve("docs"));
    }

    static RunPlan smoke(Path root) {
        return new RunPlan(true, Duration.ofSeconds(2), List.of(5.0, 10.0), List.of(20.0, 40.0), List.of(20.0, 40.0),
                Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(3), Duration.ofSeconds(2), P99_SLO_MICROS,
                root.resolve("benchmarks/target"));
    }
}
