package com.secutix.payments.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Offers a target higher and higher rates until a step is not sustained; the highest sustained is the maximum. */
public final class StepUp {

    private final OpenModelDriver driver;
    private final Duration stepDuration;
    private final long p99SloMicros;

    public StepUp(OpenModelDriver driver, Duration stepDuration, long p99SloMicros) {
        this.driver = driver;
        this.stepDuration = stepDuration;
        this.p99SloMicros = p99SloMicros;
    }

    public record Curve(String target, List<StepResult> steps, double maxSustainedPerSecond) {
    }

    public Curve run(Target target, List<Double> rates, Consumer<StepResult> eachStep) {
        List<StepResult> steps = new ArrayList<>();
        double maxSustained = 0;
        for (double rate : rates) {
            StepResult step = driver.run(target, new RateSchedule(rate, stepDuration));
            steps.add(step);
            eachStep.accept(step);
            if (!step.sustained(p99SloMicros)) {
                break;
            }
            maxSustained = rate;
        }
        return new Curve(target.name(), List.copyOf(steps), maxSustained);
    }
}
