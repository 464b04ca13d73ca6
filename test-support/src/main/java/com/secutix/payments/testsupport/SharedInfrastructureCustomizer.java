package com.secutix.payments.testsupport;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Wires one application context to the shared infrastructure. Runs after Boot has loaded the
 * application's configuration (so {@code spring.application.name} is known) and before any bean
 * is created. Stateless: all instances are equal, so contexts stay cacheable across test classes.
 */
final class SharedInfrastructureCustomizer implements ContextCustomizer {

    static final String PROPERTY_SOURCE_NAME = "platformIntegrationTest";
    static final String JWT_DECODER_BEAN_NAME = "testTokensJwtDecoder";

    private static final AtomicInteger CONTEXTS = new AtomicInteger();
    private static final Set<String> TEST_PROPERTY_SOURCES = Set.of(
            TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, "Dynamic Test Properties");

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        ConfigurableEnvironment environment = context.getEnvironment();
        // the first context of the JVM starts both servers: side by side, it takes half the time
        CompletableFuture<String> kafka = CompletableFuture.supplyAsync(SharedKafka::bootstrapServers);
        String database = freshDatabaseName(environment.getProperty("spring.application.name", "service"));
        SharedPostgres.createDatabase(database);
        addWithPrecedenceBelowTestProperties(environment.getPropertySources(),
                new MapPropertySource(PROPERTY_SOURCE_NAME, infrastructureProperties(database, kafka.join())));
        registerJwtDecoder(context);
    }

    static String freshDatabaseName(String applicationName) {
        String base = applicationName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "db_" + base;
        }
        if (base.length() > 50) {
            base = base.substring(0, 50);
        }
        return base + "_" + CONTEXTS.incrementAndGet();
    }

    private static Map<String, Object> infrastructureProperties(String database, String kafkaBootstrapServers) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.r2dbc.url", SharedPostgres.r2dbcUrl(database));
        properties.put("spring.r2dbc.username", SharedPostgres.user());
        properties.put("spring.r2dbc.password", SharedPostgres.password());
        properties.put("spring.flyway.url", SharedPostgres.jdbcUrl(database));
        properties.put("spring.flyway.user", SharedPostgres.user());
        properties.put("spring.flyway.password", SharedPostgres.password());
        properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers);
        properties.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        return properties;
    }

    /** Just below the test's own properties (inlined and dynamic ones), above everything else. */
    private static void addWithPrecedenceBelowTestProperties(MutablePropertySources sources, MapPropertySource wired) {
        String lowestTestSource = null;
        for (PropertySource<?> source : sources) {
            if (TEST_PROPERTY_SOURCES.contains(source.getName())) {
                lowestTestSource = source.getName();
            }
        }
        if (lowestTestSource == null) {
            sources.addFirst(wired);
        } else {
            sources.addAfter(lowestTestSource, wired);
        }
    }

    private static void registerJwtDecoder(ConfigurableApplicationContext context) {
        if (context instanceof GenericApplicationContext generic) {
            generic.registerBean(JWT_DECODER_BEAN_NAME, ReactiveJwtDecoder.class, TestTokens::jwtDecoder,
                    (BeanDefinition definition) -> definition.setPrimary(true));
        } else {
            context.getBeanFactory().registerSingleton(JWT_DECODER_BEAN_NAME, TestTokens.jwtDecoder());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
