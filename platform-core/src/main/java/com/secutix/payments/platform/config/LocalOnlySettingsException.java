package com.secutix.payments.platform.config;

import java.util.List;

/** A service started outside the local profile with settings of the local stack; lists each setting. */
public class LocalOnlySettingsException extends IllegalStateException {

    private final List<String> findings;

    LocalOnlySettingsException(List<String> findings) {
        super("Refusing to start without the '" + LocalProfileGuard.LOCAL_PROFILE + "' profile: "
                + String.join("; ", findings) + ". Set real values (environment, secrets files), or run with "
                + "spring.profiles.active=" + LocalProfileGuard.LOCAL_PROFILE + " on a developer's machine.");
        this.findings = List.copyOf(findings);
    }

    public List<String> findings() {
        return findings;
    }
}
