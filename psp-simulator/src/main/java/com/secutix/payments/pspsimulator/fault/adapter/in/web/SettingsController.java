package com.secutix.payments.pspsimulator.fault.adapter.in.web;

import com.secutix.payments.pspsimulator.AdminEndpoints;
import com.secutix.payments.pspsimulator.fault.application.Faults;
import com.secutix.payments.pspsimulator.fault.domain.FaultSettings;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Map;

/**
 * {@code /simulator/settings}: latency and fault rates at run time. An admin endpoint: it exists only when
 * {@value com.secutix.payments.pspsimulator.AdminEndpoints#ENABLED} is {@code true} (the {@code local} profile sets it).
 */
@AdminEndpoints
@RestController
class SettingsController {

    /** JSON body of PUT: fields left out keep their current value. */
    record SettingsChange(Long latencyMinMs, Long latencyMaxMs, Double errorRate, Double timeoutRate,
                          Double uncertainRate, Long slowAnswerDelayMs, Boolean pendingMaintenanceAnswers) {
    }

    record SettingsView(long latencyMinMs, long latencyMaxMs, double errorRate, double timeoutRate,
                        double uncertainRate, long slowAnswerDelayMs, boolean pendingMaintenanceAnswers) {

        static SettingsView of(FaultSettings settings) {
            return new SettingsView(settings.latencyMinMs(), settings.latencyMaxMs(), settings.errorRate(),
                    settings.timeoutRate(), settings.uncertainRate(), settings.slowAnswerDelay().toMillis(),
                    settings.pendingMaintenanceAnswers());
        }
    }

    private final Faults faults;

    SettingsController(Faults faults) {
        this.faults = faults;
    }

    @GetMapping("/simulator/settings")
    SettingsView current() {
        return SettingsView.of(faults.settings());
    }

    @PutMapping("/simulator/settings")
    SettingsView change(@RequestBody SettingsChange change) {
        FaultSettings current = faults.settings();
        FaultSettings changed = new FaultSettings(
                valueOr(change.latencyMinMs(), current.latencyMinMs()),
                valueOr(change.latencyMaxMs(), current.latencyMaxMs()),
                valueOr(change.errorRate(), current.errorRate()),
                valueOr(change.timeoutRate(), current.timeoutRate()),
                valueOr(change.uncertainRate(), current.uncertainRate()),
                change.slowAnswerDelayMs() == null ? current.slowAnswerDelay()
                        : Duration.ofMillis(change.slowAnswerDelayMs()),
                valueOr(change.pendingMaintenanceAnswers(), current.pendingMaintenanceAnswers()));
        return SettingsView.of(faults.replace(changed));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    private static <T> T valueOr(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
