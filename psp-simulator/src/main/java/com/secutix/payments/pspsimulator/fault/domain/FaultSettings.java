package com.secutix.payments.pspsimulator.fault.domain;

import java.time.Duration;

/**
 * Latency and fault rates applied to DirectLink calls. Rates are probabilities (0..1) of independent
 * outcomes and together at most 1.
 *
 * @param errorRate                  HTTP 500, nothing recorded
 * @param timeoutRate                the operation is recorded, the answer comes after {@code slowAnswerDelay}
 * @param uncertainRate              a new order answers 92 (sale) / 52 (authorisation); a query settles it
 * @param pendingMaintenanceAnswers  maintenance answers 91 / 61 / 81 instead of 9 / 6 / 8
 */
public record FaultSettings(long latencyMinMs, long latencyMaxMs, double errorRate, double timeoutRate,
                            double uncertainRate, Duration slowAnswerDelay, boolean pendingMaintenanceAnswers) {

    public FaultSettings {
        if (latencyMinMs < 0 || latencyMaxMs < latencyMinMs) {
            throw new IllegalArgumentException("latency: 0 <= min <= max");
        }
        requireRate(errorRate, "error-rate");
        requireRate(timeoutRate, "timeout-rate");
        requireRate(uncertainRate, "uncertain-rate");
        if (errorRate + timeoutRate + uncertainRate > 1.0) {
            throw new IllegalArgumentException("error-rate + timeout-rate + uncertain-rate must not exceed 1");
        }
        if (slowAnswerDelay == null || slowAnswerDelay.isNegative()) {
            throw new IllegalArgumentException("slow-answer-delay must be zero or positive");
        }
    }

    public static FaultSettings none() {
        return new FaultSettings(0, 0, 0, 0, 0, Duration.ofSeconds(30), false);
    }

    private static void requireRate(double rate, String name) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1");
        }
    }
}
