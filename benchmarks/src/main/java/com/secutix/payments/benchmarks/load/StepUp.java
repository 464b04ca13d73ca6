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
 * <p>
 * Every such step comes after a recovery: a pause, and whatever {@link #afterOverload} does to clear what the last
 * overload left in the stack (the benchmark runs a full collection in the services' JVMs: an overloaded step promotes
 * its queued requests into their old generations, and the full collection that garbage forces later would fall in
 * whichever step comes next).
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
    private final Runnable afterOverload;

    public StepUp(OpenModelDriver driver, Duration stepDuration, long p99SloMicros, Runnable afterOverload) {
        this(driver::run, stepDuration, p99SloMicros, afterOverload);
    }

    /**
     * Steps run by {@code driver}, e.g. the open-model driver followed by a look at what the step left downstream;
     * {@code afterOverload} runs at the start of every recovery.
     */
    public StepUp(StepRunner driver, Duration stepDuration, long p99SloMicros, Runnable afterOverload) {
        // a step past saturation leaves queues behind it (connections, outbox rows, events); the next try waits them out
        this(driver, stepDuration, p99SloMicros, stepDuration.dividedBy(2), afterOverload);
    }

    StepUp(StepRunner driver, Duration stepDuration, long p99SloMicros, Duration recovery, Runnable afterOverload) {
        this.driver = driver;
        this.stepDuration = stepDuration;
        this.p99SloMicros = p99SloMicros;
        this.recovery = recovery;
        this.afterOverload = afterOverload;
    }

    /** The steps in the order they ran; {@link #byRate()} for a curve. */
    public record Curve(String target, List<StepResult> steps, double maxSustainedPerSecond) {

        /** The steps by offered rate, the refinements among the others. */
        public List<StepResult> byRate() {
            return steps.stream().sorted(Comparator.comparingDouble(StepResult::offeredPerSecond)).toList();
        }
    }

    public Curve run(Target target, List<Double> rates, Consumer<StepResult> eachStep) {
        Search search = new Search(target, rates);
        while (search.hasNext()) {
            search.step(eachStep, false);
        }
        return search.curve();
    }

    /**
     * Two targets stepped up side by side, as {@link #run} steps up one: at each rate a step of the first, then of the
     * second, so that both are measured with the stack equally warm (each step's traffic goes on compiling what the
     * other's runs too, and a curve stepped up after another would be measured on a warmer stack); once one curve has
     * ended, the other goes on alone. A step that follows the other target's step that was not sustained comes after
     * the same recovery as a retry, so that neither target's step starts in the queues the other's left. The curves
     * in the targets' order.
     */
    public List<Curve> sideBySide(Target first, Target second, List<Double> rates, Consumer<StepResult> eachStep) {
        Search one = new Search(first, rates);
        Search other = new Search(second, rates);
        boolean lastSustained = true;
        while (one.hasNext() || other.hasNext()) {
            if (one.hasNext()) {
                lastSustained = one.step(eachStep, !lastSustained);
            }
            if (other.hasNext()) {
                lastSustained = other.step(eachStep, !lastSustained);
            }
        }
        return List.of(one.curve(), other.curve());
    }

    /**
     * One target's curve, a step at a time: the rates in order while they are sustained, then the bisections between
     * the highest sustained and the lowest not sustained; a step not sustained is tried again while the curve has a
     * retry left (never the first step: a target that cannot take it has no maximum to protect).
     */
    private final class Search {

        private final Target target;
        private final List<Double> rates;
        private final List<StepResult> steps = new ArrayList<>();
        private final Retries retries = new Retries(RETRIES);
        private int stepUpIndex;
        private int refinements;
        private double maxSustained;
        private double firstNotSustained;
        /** The rate of the next step; NaN once the curve has ended. */
        private double next;
        private boolean retrying;

        Search(Target target, List<Double> rates) {
            this.target = target;
            this.rates = List.copyOf(rates);
            this.next = rates.isEmpty() ? Double.NaN : rates.get(0);
        }

        boolean hasNext() {
            return !Double.isNaN(next);
        }

        /** Runs the next step (after a recovery when it is a retry, a bisection, or follows a step not sustained). */
        boolean step(Consumer<StepResult> eachStep, boolean afterStepNotSustained) {
            if (retrying || refining() || afterStepNotSustained) {
                pause();
            }
            double rate = next;
            boolean sustained = once(target, rate, steps, eachStep);
            if (sustained) {
                retrying = false;
                maxSustained = rate;
                next = nextRate();
            } else if (!retrying && maxSustained > 0 && retries.take()) {
                retrying = true;
            } else {
                retrying = false;
                firstNotSustained = rate;
                next = maxSustained > 0 ? nextRate() : Double.NaN;
            }
            return sustained;
        }

        private boolean refining() {
            return firstNotSustained > 0;
        }

        private double nextRate() {
            if (!refining()) {
                stepUpIndex++;
                return stepUpIndex < rates.size() ? rates.get(stepUpIndex) : Double.NaN;
            }
            if (refinements == REFINEMENTS) {
                return Double.NaN;
            }
            double between = Math.round(Math.sqrt(maxSustained * firstNotSustained));
            if (between <= maxSustained || between >= firstNotSustained) {
                return Double.NaN;
            }
            refinements++;
            return between;
        }

        Curve curve() {
            return new Curve(target.name(), List.copyOf(steps), maxSustained);
        }
    }

    /** The second tries a curve has left. */
    private static final class Retries {

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
        long start = System.nanoTime();
        afterOverload.run();
        try {
            // a fixed recovery between load steps, not a wait for a condition; what afterOverload took counts in it
            Thread.sleep(Math.max(0, recovery.toMillis() - (System.nanoTime() - start) / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
