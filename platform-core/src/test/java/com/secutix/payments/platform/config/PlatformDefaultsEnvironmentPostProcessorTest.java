package com.secutix.payments.platform.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class PlatformDefaultsEnvironmentPostProcessorTest {

    private final StandardEnvironment environment = new StandardEnvironment();

    private void postProcess() {
        new PlatformDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
    }

    @Test
    void provides_the_local_stack_addresses_and_demo_credentials_with_the_local_profile_only() {
        environment.setActiveProfiles("local");
        postProcess();

        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("localhost:9092");
        assertThat(environment.getProperty("spring.r2dbc.password")).isEqualTo("payments");
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")).isEqualTo("http://localhost:9000");
    }

    @Test
    void leaves_addresses_and_credentials_to_the_deployment_without_the_local_profile() {
        postProcess();

        assertThat(environment.getProperty("spring.r2dbc.password")).isNull();
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")).isNull();
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")).isNull();
    }

    @Test
    void provides_the_kafka_actuator_and_token_defaults() {
        environment.getPropertySources().addFirst(new MapPropertySource("application", Map.of("spring.application.name", "refund-service")));
        postProcess();

        assertThat(environment.getProperty("spring.kafka.producer.acks")).isEqualTo("all");
        assertThat(environment.getProperty("spring.kafka.producer.properties.enable.idempotence")).isEqualTo("true");
        assertThat(environment.getProperty("spring.kafka.consumer.value-deserializer"))
                .isEqualTo("org.apache.kafka.common.serialization.ByteArrayDeserializer");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,info,prometheus");
        assertThat(environment.getProperty("payments.security.audience")).isEqualTo("refund-service");
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jws-algorithms")).isEqualTo("RS256");
        assertThat(environment.getProperty("spring.flyway.locations")).isEqualTo("classpath:db/platform,classpath:db/migration");
        assertThat(environment.getProperty("spring.flyway.out-of-order")).isEqualTo("true");
    }

    @Test
    void keeps_tracing_export_on_because_w3c_propagation_depends_on_it() {
        assertThat(PlatformDefaultsEnvironmentPostProcessor.defaults())
                .containsEntry("management.tracing.propagation.type", "w3c")
                .doesNotContainKey("management.tracing.export.enabled");
    }

    @Test
    void a_service_property_overrides_a_default() {
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("spring.kafka.bootstrap-servers", "kafka:29092")));

        postProcess();

        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("kafka:29092");
    }

    @Test
    void derives_flyway_from_the_r2dbc_url_even_when_it_is_registered_later() {
        environment.setActiveProfiles("local");
        postProcess();
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("spring.r2dbc.url", "r2dbc:postgresql://db:5433/gateway", "spring.r2dbc.username", "gw")));

        assertThat(environment.getProperty("spring.flyway.url")).isEqualTo("jdbc:postgresql://db:5433/gateway");
        assertThat(environment.getProperty("spring.flyway.user")).isEqualTo("gw");
        assertThat(environment.getProperty("spring.flyway.password")).isEqualTo("payments");
    }

    @Test
    void boot_can_resolve_every_property_once_the_defaults_are_in_place() {
        ConfigurationPropertySources.attach(environment);
        postProcess();
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("spring.r2dbc.url", "r2dbc:postgresql://db:5433/gateway")));

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(environment.getProperty("spring.flyway.url")).isEqualTo("jdbc:postgresql://db:5433/gateway");
            assertThat(environment.getProperty("spring.threads.virtual.enabled")).isNull();
            assertThat(Binder.get(environment).bind("spring.flyway.url", String.class).get())
                    .isEqualTo("jdbc:postgresql://db:5433/gateway");
        });
    }

    @Test
    void an_explicit_flyway_url_wins_over_the_derived_one() {
        environment.getPropertySources().addFirst(new MapPropertySource("application", Map.of(
                "spring.r2dbc.url", "r2dbc:postgresql://db:5433/gateway",
                "spring.flyway.url", "jdbc:postgresql://admin-host:5432/gateway")));

        postProcess();

        assertThat(environment.getProperty("spring.flyway.url")).isEqualTo("jdbc:postgresql://admin-host:5432/gateway");
    }

    @Test
    void converts_r2dbc_urls_to_jdbc_urls() {
        assertThat(FlywayFromR2dbcPropertySource.jdbcUrlOf("r2dbc:postgresql://localhost:5433/refund?sslmode=disable"))
                .isEqualTo("jdbc:postgresql://localhost:5433/refund?sslmode=disable");
        assertThat(FlywayFromR2dbcPropertySource.jdbcUrlOf("r2dbc:pool:postgresql://localhost/refund"))
                .isEqualTo("jdbc:postgresql://localhost/refund");
        assertThat(FlywayFromR2dbcPropertySource.jdbcUrlOf("r2dbc:h2:mem:///test")).isNull();
        assertThat(FlywayFromR2dbcPropertySource.jdbcUrlOf(null)).isNull();
    }
}
