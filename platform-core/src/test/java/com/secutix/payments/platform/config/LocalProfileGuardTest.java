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
}
