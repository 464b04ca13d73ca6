package com.secutix.payments.benchmarks.load;

import java.util.ArrayList;
import java.util.List;

/** The offered rates of a step-up: geometric from {@code first}, each {@code factor} times the last, up to {@code max}. */
public final class RateSteps {

    private RateSteps() {
    }

    public static List<Double> geometric(double first, double factor, double max) {
        if (!(first > 0) || !(factor > 1) || max < first) {
            throw new IllegalArgumentException("steps need 0 < first <= max and factor > 1");
        }
        List<Double> rates = new ArrayList<>();
        for (double rate = first; rate <= max * 1.000001; rate *= factor) {
            rates.add((double) Math.round(rate));
        }
        return List.copyOf(rates);
    }
}
