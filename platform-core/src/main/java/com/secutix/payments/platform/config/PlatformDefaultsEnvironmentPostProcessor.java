package com.secutix.payments.platform.config;

import com.secutix.payments.platform.logging.MaskingStructuredLogCustomizer;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.Profiles;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds the platform defaults (docs/conventions.md, "Configuration defaults") as the lowest-precedence
 * property sources, so that a service's application.yml, the environment and tests override any of
 * them; the local stack's addresses and demo credentials only with the {@code local} profile. (The log
 * masking is installed by {@code LogMaskingEnvironmentPostProcessor}.)
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String DEFAULTS_SOURCE = "platformDefaults";
    public static final String LOCAL_DEFAULTS_SOURCE = "platformLocalDefaults";
    /** The id of the local stack's demo key of sealed secrets ({@code payments.secrets.keys.demo-local}). */
    public static final String DEMO_SECRETS_KEY_ID = "demo-local";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        MutablePropertySources sources = environment.getPropertySources();
        if (sources.contains(DEFAULTS_SOURCE)) {
            return;
        }
        if (environment.acceptsProfiles(Profiles.of(LocalProfileGuard.LOCAL_PROFILE))) {
            sources.addLast(new MapPropertySource(LOCAL_DEFAULTS_SOURCE, localDefaults()));
        }
        sources.addLast(new MapPropertySource(DEFAULTS_SOURCE, defaults()));
        sources.addLast(new FlywayFromR2dbcPropertySource(environment));
    }

    /** The local stack's addresses and its DEMO database credentials: with the {@code local} profile only. */
    public static Map<String, Object> localDefaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.kafka.bootstrap-servers", "localhost:9092");
        defaults.put("spring.r2dbc.username", "payments");
        defaults.put("spring.r2dbc.password", "payments");
        defaults.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://localhost:9000");
        defaults.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "http://localhost:9000/oauth2/jwks");
        // the DEMO key ring of sealed secrets (PSP aliases): marked demo in its id and its value, refused outside local
        defaults.put("payments.secrets.keys." + DEMO_SECRETS_KEY_ID, "DEMOaliasKeyOfTheLocalStackNotForProduction=");
        defaults.put("payments.secrets.active-key", DEMO_SECRETS_KEY_ID);
        defaults.put("payments.secrets.lookup-key", "DEMOlookupKeyOfTheLocalStackNotForProductio=");
        return defaults;
    }

    static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        // tokens: meant for this service, RS256 only (AccessTokenRules; Boot's decoder reads the same list)
        defaults.put("payments.security.audience", "${spring.application.name:}");
        defaults.put("spring.security.oauth2.resourceserver.jwt.jws-algorithms", "RS256");
        // Kafka: String keys, JSON bytes as values, durable and idempotent producer
        defaults.put("spring.kafka.producer.key-serializer", "org.apache.kafka.common.serialization.StringSerializer");
        defaults.put("spring.kafka.producer.value-serializer", "org.apache.kafka.common.serialization.ByteArraySerializer");
        defaults.put("spring.kafka.producer.acks", "all");
        defaults.put("spring.kafka.producer.properties.enable.idempotence", "true");
        defaults.put("spring.kafka.producer.properties.max.in.flight.requests.per.connection", "5");
        defaults.put("spring.kafka.producer.properties.delivery.timeout.ms", "30000");
        defaults.put("spring.kafka.producer.properties.request.timeout.ms", "10000");
        defaults.put("spring.kafka.consumer.group-id", "${spring.application.name:payments}");
        defaults.put("spring.kafka.consumer.key-deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        defaults.put("spring.kafka.consumer.value-deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        defaults.put("spring.kafka.consumer.enable-auto-commit", "false");
        defaults.put("spring.kafka.consumer.isolation-level", "read_committed");
        defaults.put("spring.kafka.listener.ack-mode", "record");
        defaults.put("spring.kafka.listener.observation-enabled", "true");
        defaults.put("spring.kafka.template.observation-enabled", "true");
        // Flyway over JDBC: the platform's tables, then the service's own
        defaults.put("spring.flyway.locations", "classpath:db/platform,classpath:db/migration");
        defaults.put("spring.flyway.fail-on-missing-locations", "false");
        // the platform's versions (V0_x) run before a new service's own (V1...), but a platform migration added later
        // must still run on a service already past V1: the two series are independent, so out of order is expected
        defaults.put("spring.flyway.out-of-order", "true");
        // actuator and observability
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.show-details", "never");
        // one request in ten is sampled (Boot's own default): every request still carries and passes on its
        // W3C trace context, to HTTP calls, logs and the outbox, sampled or not; 1.0 cost 7 % of the
        // gateway's CPU under load (docs/benchmarks.md)
        defaults.put("management.tracing.sampling.probability", "0.1");
        defaults.put("management.tracing.propagation.type", "w3c");
        // management.tracing.export.enabled must stay on: Boot's Brave propagation (W3C headers on HTTP and
        // Kafka) is conditional on it; no span exporter is on the class path, so nothing is exported
        defaults.put("management.metrics.tags.application", "${spring.application.name:payments}");
        defaults.put("logging.structured.json.customizer", MaskingStructuredLogCustomizer.class.getName());
        return defaults;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1; // before LocalProfileGuard, which checks the defaults too
    }
}
