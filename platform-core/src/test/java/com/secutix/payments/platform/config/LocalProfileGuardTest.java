package com.secutix.payments.platform.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalProfileGuardTest {

    private final Map<String, Object> settings = new HashMap<>(Map.of("payments.attempts.subject-key", "DEMO-attempt-subject-key-not-for-production"));
    private final StandardEnvironment environment = new StandardEnvironment();

    private void guard() {
        environment.getPropertySources().addFirst(new MapPropertySource("application", settings));
        ConfigurationPropertySources.attach(environment);
        new LocalProfileGuard().postProcessEnvironment(environment, new SpringApplication());
    }

    @Test
    void refuses_demo_settings_without_the_local_profile() {
        assertThatThrownBy(this::guard).isInstanceOf(LocalOnlySettingsException.class)
                .hasMessageContaining("payments.attempts.subject-key holds a DEMO value");
    }

    @Test
    void accepts_them_with_the_local_profile() {
        environment.setActiveProfiles("other", "local");

        assertThatCode(this::guard).doesNotThrowAnyException();
    }

    @Test
    void leaves_alone_an_application_without_auto_configuration_in_a_service_test_jvm() {
        settings.put("spring.boot.enableautoconfiguration", "false");

        assertThatCode(this::guard).doesNotThrowAnyException();
    }

    @Test
    void refuses_a_demo_key_of_sealed_secrets_without_the_local_profile() {
        settings.clear();
        settings.put("payments.secrets.keys.demo-local", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        settings.put("payments.secrets.keys.prod-2027", "DEMOaliasKeyOfTheLocalStackNotForProduction=");
        settings.put("payments.secrets.keys.prod-2028", "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=");

        assertThatThrownBy(this::guard).isInstanceOf(LocalOnlySettingsException.class)
                .hasMessageContaining("payments.secrets.keys.demo-local is a DEMO key")
                .hasMessageContaining("payments.secrets.keys.prod-2027 is a DEMO key")
                .hasMessageNotContaining("prod-2028")
                .hasMessageNotContaining("DEMOaliasKey");
    }

    @Test
    void refuses_a_demo_active_or_lookup_key_without_the_local_profile() {
        settings.clear();
        settings.put("payments.secrets.active-key", "demo-local");
        settings.put("payments.secrets.lookup-key", "DEMOlookupKeyOfTheLocalStackNotForProductio=");

        assertThatThrownBy(this::guard).isInstanceOf(LocalOnlySettingsException.class)
                .hasMessageContaining("payments.secrets.active-key holds a DEMO value")
                .hasMessageContaining("payments.secrets.lookup-key holds a DEMO value");
    }

    @Test
    void accepts_the_demo_key_with_the_local_profile() {
        environment.setActiveProfiles("local");
        settings.put("payments.secrets.keys.demo-local", "DEMOaliasKeyOfTheLocalStackNotForProduction=");

        assertThatCode(this::guard).doesNotThrowAnyException();
    }

    @Test
    void refuses_a_service_that_keeps_aliases_without_any_key_whatever_the_profile() {
        environment.setActiveProfiles("local");
        settings.clear();
        settings.put("payments.secrets.required", "true");

        assertThatThrownBy(this::guard).isInstanceOf(MissingSecretKeysException.class)
                .hasMessageContaining("payments.secrets.active-key is not set")
                .hasMessageContaining("payments.secrets.lookup-key is not set");
    }

    @Test
    void refuses_a_service_whose_active_key_is_not_in_the_ring() {
        settings.clear();
        settings.put("payments.secrets.required", "true");
        settings.put("payments.secrets.active-key", "prod-2027");
        settings.put("payments.secrets.keys.prod-2026", "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=");
        settings.put("payments.secrets.lookup-key", "QkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkI=");

        assertThatThrownBy(this::guard).isInstanceOf(MissingSecretKeysException.class)
                .hasMessageContaining("payments.secrets.keys.prod-2027 (the active key) is not set");
    }

    @Test
    void starts_a_service_that_keeps_aliases_with_real_keys_without_the_local_profile() {
        settings.clear();
        settings.put("payments.secrets.required", "true");
        settings.put("payments.secrets.active-key", "prod-2027");
        settings.put("payments.secrets.keys.prod-2027", "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=");
        settings.put("payments.secrets.lookup-key", "QkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkI=");

        assertThatCode(this::guard).doesNotThrowAnyException();
    }
}
