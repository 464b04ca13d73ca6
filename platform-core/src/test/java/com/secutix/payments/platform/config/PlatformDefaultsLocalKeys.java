package com.secutix.payments.platform.config;

import java.util.Map;

/** The platform's local defaults, for tests of other packages. */
public final class PlatformDefaultsLocalKeys {

    private PlatformDefaultsLocalKeys() {
    }

    public static Map<String, Object> localDefaults() {
        return PlatformDefaultsEnvironmentPostProcessor.localDefaults();
    }
}
