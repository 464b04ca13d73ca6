package com.secutix.payments.pspsimulator.fault.application;

import com.secutix.payments.pspsimulator.fault.domain.Fault;
import com.secutix.payments.pspsimulator.fault.domain.FaultSettings;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;

/** The current fault settings (changeable at run time) and the draws made for each call. */
public class Faults {

    private final AtomicReference<FaultSettings> settings;
    private final RandomGenerator random;

    public Faults(FaultSettings initial, RandomGenerator random) {
        this.settings = new AtomicReference<>(initial);
        this.random = random;
    }

    public FaultSettings settings() {
        return settings.get();
    }

    public FaultSettings replace(FaultSettings newSettings) {
        settings.set(newSettings);
        return newSettings;
    }

    public Duration nextLatency() {
        FaultSettings current = settings.get();
        long spread = current.latencyMaxMs() - current.latencyMinMs();
        long millis = current.latencyMinMs() + (spread == 0 ? 0 : random.nextLong(spread + 1));
        return Duration.ofMillis(millis);
    }

    public Fault nextFault() {
        FaultSettings current = settings.get();
        if (current.errorRate() + current.timeoutRate() + current.uncertainRate() == 0) {
            return Fault.NONE;
        }
        double draw = random.nextDouble();
        if (draw < current.errorRate()) {
            return Fault.SERVER_ERROR;
        }
        if (draw < current.errorRate() + current.timeoutRate()) {
            return Fault.LATE_ANSWER;
        }
        if (draw < current.errorRate() + current.timeoutRate() + current.uncertainRate()) {
            return Fault.UNCERTAIN_OUTCOME;
        }
        return Fault.NONE;
    }
}
