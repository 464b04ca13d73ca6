package com.secutix.payments.platform.secrets;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * With {@code payments.secrets.rotate=true} (the rotation command), the run serves nothing: a random port (the
 * service itself may be running on its own), no Kafka listener, no outbox relay.
 */
public class RotationModeEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "paymentsSecretRotationMode";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty("payments.secrets.rotate", Boolean.class, false)) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(
                    "server.port", "0",
                    "spring.kafka.listener.auto-startup", "false",
                    "payments.outbox.relay-enabled", "false")));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
