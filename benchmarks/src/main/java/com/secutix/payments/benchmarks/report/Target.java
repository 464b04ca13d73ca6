package com.secutix.payments.benchmarks.report;

/** A figure's target from issue 6: at most or at least a bound. */
public record Target(String text, double bound, boolean atMost) {

    public static Target atMost(double bound, String text) {
        return new Target(text, bound, true);
    }

    public static Target atLeast(double bound, String text) {
        return new Target(text, bound, false);
    }

    public boolean met(double value) {
        return atMost ? value <= bound : value >= bound;
    }
}
