package com.secutix.payments.platform.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the settings {@link LocalProfileGuard} refused as Boot's "APPLICATION FAILED TO START" report. */
public class LocalOnlySettingsFailureAnalyzer extends AbstractFailureAnalyzer<LocalOnlySettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LocalOnlySettingsException cause) {
        return new FailureAnalysis(
                "The service runs without the '" + LocalProfileGuard.LOCAL_PROFILE + "' profile, yet these settings are the local stack's:\n  - "
                        + String.join("\n  - ", cause.findings()),
                "Give each setting a real value (from the environment or a secrets file, never the repository), or start with "
                        + "spring.profiles.active=" + LocalProfileGuard.LOCAL_PROFILE + " on a developer's machine (docs/conventions.md).",
                cause);
    }
}
