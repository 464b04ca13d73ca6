package com.secutix.payments.platform.config;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service that keeps secrets sealed ({@code payments.secrets.required=true}: PSP aliases) needs its key ring:
 * an active key present among {@code payments.secrets.keys} and a lookup key. Whatever the profile, its start-up
 * fails without them, naming each missing setting.
 */
final class SecretKeySettings {

    private SecretKeySettings() {
    }

    static List<String> missingIn(ConfigurableEnvironment environment) {
        Binder binder = Binder.get(environment);
        if (!binder.bind("payments.secrets.required", Boolean.class).orElse(false)) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        String active = binder.bind("payments.secrets.active-key", String.class).orElse("");
        Map<String, String> keys = binder.bind("payments.secrets.keys", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        if (active.isBlank()) {
            missing.add("payments.secrets.active-key is not set");
        } else if (!keys.containsKey(active)) {
            missing.add("payments.secrets.keys." + active + " (the active key) is not set");
        }
        if (binder.bind("payments.secrets.lookup-key", String.class).orElse("").isBlank()) {
            missing.add("payments.secrets.lookup-key is not set");
        }
        return missing;
    }
}
