package com.secutix.payments.platform.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

import java.util.List;

/**
 * Refuses to start a service outside the {@value #LOCAL_PROFILE} profile while its configuration holds
 * values of the local stack ({@link LocalOnlySettings}): demo secrets, an {@code http://} PSP, a token
 * issuer on localhost, the demo key of sealed secrets. In every profile, a service that keeps secrets
 * ({@code payments.secrets.required=true}) without a key ring is refused too ({@link SecretKeySettings}). Runs once the configuration files and the platform defaults are in place; the
 * failure names every offending setting (never its value). Applications that switch auto-configuration
 * off ({@code spring.boot.enableautoconfiguration=false}) are not platform services and are left alone.
 */
public class LocalProfileGuard implements EnvironmentPostProcessor, Ordered {

    /** The profile of the local stack and of the tests: the repository's demo configuration. */
    public static final String LOCAL_PROFILE = "local";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!runsAutoConfiguration(environment)) {
            return;
        }
        List<String> missingKeys = SecretKeySettings.missingIn(environment);
        if (!missingKeys.isEmpty()) {
            throw new MissingSecretKeysException(missingKeys);
        }
        if (environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE))) {
            return;
        }
        List<String> findings = LocalOnlySettings.findIn(environment);
        if (!findings.isEmpty()) {
            throw new LocalOnlySettingsException(findings);
        }
    }

    /**
     * An application that switches auto-configuration off runs none of the platform (a test starting the
     * PSP simulator inside a service's test JVM, say): its settings are not a service's.
     */
    private static boolean runsAutoConfiguration(ConfigurableEnvironment environment) {
        return environment.getProperty(EnableAutoConfiguration.ENABLED_OVERRIDE_PROPERTY, Boolean.class, true);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after PlatformDefaultsEnvironmentPostProcessor
    }
}
