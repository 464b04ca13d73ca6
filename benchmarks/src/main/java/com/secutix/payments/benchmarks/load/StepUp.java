package com.secutix.payments.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Offers a target higher and higher rates until a step is not sustained; then narrows the gap between the highest
 * sustained step and the first that was not by bisection (in the geometric sense: each try is the geometric mean of
 * the two), so that two targets stepped up alike are compared to a few percent, not to the factor between steps
 * (× 1.3 steps alone can only tell 1, 0.77, 0.59... apart). The highest sustained rate tried is the maximum.
 * <p>
 * A step that is not sustained is tried once more after a pause before it counts as not sustained (at most
 * {@link #RETRIES} times a curve, the bisections' steps included): on two shared cores a C2 compilation burst or a full
 * collection can stall a 6 s step of a target that sustains the rate, and one such stall must not decide its maximum.
 */
public final class StepUp {

    /** Bisections after the first step that is not sustained: with × 1.3 steps, two leave a gap of 6.8 %. */
    static final int REFINEMENTS = 2;
    /** Steps of a curve tried a second time after they were not sustained. */
    static final int RETRIES = 3;

    private final StepRunner driver;
    private final Duration stepDuration;
    private final long p99SloMicros;
    private final Duration recovery;

    public StepUp(OpenModelDriver driver, Duration stepDuration, long p99SloMicros) {
        this(driver::run, stepDuration, p99SloMicros);
    }

    /** Steps run by {@code driver}, e.g. the open-model driver followed by a look at what the step left downstream. */
    public StepUp(StepRunner driver, Duration stepDuration, long p99SloMicros) {
        // a step past saturation leaves queues behind it (connections, outbox rows, events); the next try waits them out
        this(driver, stepDuration, p99SloMicros, stepDuration.dividedBy(2));
    }

    StepUp(StepRunner driver, Duration stepDuration, long p99SloMicros, Duration recovery) {
        this.driver = driver;
        this.stepDuration = stepDuration;
        this.p99SloMicros = p99SloMicros;
        this.recovery = recovery;
    }

    /** The steps in the order they ran; {@link #byRate()} for a curve. */
    public record Curve(String target, List<StepResult> steps, double maxSustainedPerSecond) {

        /** The steps by offered rate, the refinements among the others. */
        public List<StepResult> byRate() {
            return steps.stream().sorted(Comparator.comparingDouble(StepResult::offeredPerSecond)).toList();
        }
    }

    public Curve run(Target target, List<Double> rates, Consumer<StepResult> eachStep) {
        List<StepResult> steps = new ArrayList<>();
        Retries retries = new Retries(RETRIES);
        double maxSustained = 0;
        double firstNotSustained = 0;
        for (double rate : rates) {
            // the first step is never tried again: a target that cannot take it has no maximum to protect
            if (!sustained(target, rate, steps, eachStep, maxSustained > 0 ? retries : Retries.NONE)) {
                firstNotSustained = rate;
                break;
            }
            maxSustained = rate;
        }
        for (int i = 0; i < REFINEMENTS && maxSustained > 0 && firstNotSustained > 0; i++) {
            double between = Math.round(Math.sqrt(maxSustained * firstNotSustained));
            if (between <= maxSustained || between >= firstNotSustained) {
                break;
            }
            pause();
            if (sustained(target, between, steps, eachStep, retries)) {
                maxSustained = between;
            } else {
                firstNotSustained = between;
            }
        }
        return new Curve(target.name(), List.copyOf(steps), maxSustained);
    }

    /** Whether the rate is sustained, at the first try or, while the curve has a retry left, at a second after a pause. */
    private boolean sustained(Target target, double rate, List<StepResult> steps, Consumer<StepResult> eachStep,
            Retries retries) {
        if (once(target, rate, steps, eachStep)) {
            return true;
        }
        if (!retries.take()) {
            return false;
        }
        pause();
        return once(target, rate, steps, eachStep);
    }

    /** The second tries a curve has left. */
    private static final class Retries {

        static final Retries NONE = new Retries(0);

        private int left;

        Retries(int left) {
            this.left = left;
        }

        boolean take() {
            if (left == 0) {
                return false;
            }
            left--;
            return true;
        }
    }

    private boolean once(Target target, double rate, List<StepResult> steps, Consumer<StepResult> eachStep) {
        StepResult step = driver.run(target, new RateSchedule(rate, stepDuration));
        steps.add(step);
        eachStep.accept(step);
        return step.sustained(p99SloMicros);
    }

    private void pause() {
        try {
            Thread.sleep(recovery.toMillis()); // a fixed recovery between load steps, not a wait for a condition
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
