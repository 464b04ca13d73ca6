package com.secutix.payments.platform.secrets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RotationSettingsTest {

    @Test
    void the_rotation_command_runs_off_the_services_port_without_listeners_or_relay() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("args", Map.of("payments.secrets.rotate", "true",
                "server.port", "8082")));

        new RotationModeEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.port")).isEqualTo("0");
        assertThat(environment.getProperty("spring.kafka.listener.auto-startup")).isEqualTo("false");
        assertThat(environment.getProperty("payments.outbox.relay-enabled")).isEqualTo("false");
    }

    @Test
    void a_service_run_normally_keeps_its_settings() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("args", Map.of("server.port", "8082")));

        new RotationModeEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.port")).isEqualTo("8082");
        assertThat(environment.getProperty("spring.kafka.listener.auto-startup")).isNull();
    }

    @Test
    void the_settings_never_print_a_key() {
        SecretsProperties properties = new SecretsProperties(Map.of("prod-2027", "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE="),
                "prod-2027", "QkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkI=", true, false, null);

        assertThat(properties.toString()).contains("prod-2027").doesNotContain("QUFB").doesNotContain("QkJC");
        assertThat(properties.rotationBatch()).isEqualTo(500);
    }
}
