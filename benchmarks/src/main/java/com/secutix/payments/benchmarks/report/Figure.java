package com.secutix.payments.benchmarks.report;

import java.util.Optional;

/**
 * One line of the results: the absolute figure, its ratio to the same run's baseline where it has one
 * (the value the target is about), and the target. A figure without data says so instead of a number.
 */
public record Figure(String id, String what, Optional<Double> absolute, String unit, Optional<Double> judged,
                     String judgedAs, Optional<Target> target) {

    public static Figure of(String id, String what, double absolute, String unit) {
        return new Figure(id, what, Optional.of(absolute), unit, Optional.empty(), "", Optional.empty());
    }

    /** A figure judged by itself against a target (CPU ms, p99 ms, GiB). */
    public static Figure judged(String id, String what, double absolute, String unit, Target target) {
        return new Figure(id, what, Optional.of(absolute), unit, Optional.of(absolute), unit, Optional.of(target));
    }

    /** A figure judged by its ratio to a baseline: {@code absolute / baseline}. */
    public static Figure ratio(String id, String what, double absolute, String unit, double baseline, String baselineId,
                               Target target) {
        Optional<Double> ratio = baseline > 0 ? Optional.of(absolute / baseline) : Optional.empty();
        return new Figure(id, what, Optional.of(absolute), unit, ratio, "× " + baselineId, Optional.of(target));
    }

    public static Figure missing(String id, String what, String unit, Optional<Target> target) {
        return new Figure(id, what, Optional.empty(), unit, Optional.empty(), "", target);
    }

    /** "met", "missed by ..." or "no data". */
    public String verdict() {
        if (target.isEmpty()) {
            return "";
        }
        if (judged.isEmpty()) {
            return "no data";
        }
        Target bound = target.get();
        double value = judged.get();
        if (bound.met(value)) {
            return "met";
        }
        return "missed: " + Numbers.format(value / bound.bound()) + " × the bound";
    }
}
