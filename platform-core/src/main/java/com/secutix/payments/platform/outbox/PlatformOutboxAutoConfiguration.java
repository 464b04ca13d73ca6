package com.secutix.payments.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import java.time.Clock;
import java.util.UUID;

/** The transactional outbox: {@link Outbox} to write events, {@link OutboxRelay} to publish them. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration"})
@ConditionalOnBean(DatabaseClient.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class PlatformOutboxAutoConfiguration {

    static final String SOURCE_PREFIX = "/secutix/payments/";

    @Bean
    @ConditionalOnMissingBean
    public OutboxWakeUp outboxWakeUp() {
        return new OutboxWakeUp();
    }

    @Bean
    @ConditionalOnMissingBean
    public Outbox outbox(DatabaseClient database, Clock clock, ObjectProvider<OutboxTracing> tracing, OutboxWakeUp wakeUp) {
        return new R2dbcOutbox(database, clock, UUID::randomUUID, tracing.getIfAvailable(() -> OutboxTracing.NONE), wakeUp);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({KafkaTemplate.class, ReactiveTransactionManager.class})
    public OutboxRelay outboxRelay(DatabaseClient database, ReactiveTransactionManager transactionManager,
                                   KafkaTemplate<String, byte[]> kafka, OutboxProperties properties, Clock clock,
                                   ObjectProvider<MeterRegistry> meters, ObjectProvider<OutboxTracing> tracing,
                                   OutboxWakeUp wakeUp, Environment environment) {
        String source = SOURCE_PREFIX + environment.getProperty("spring.application.name", "unnamed-service");
        return new OutboxRelay(database, TransactionalOperator.create(transactionManager), kafka, source, properties,
                clock, meters.getIfAvailable(SimpleMeterRegistry::new), tracing.getIfAvailable(() -> OutboxTracing.NONE), wakeUp);
    }

    /** Trace context through the outbox when Micrometer Tracing is there and configured. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.tracing.Tracer")
    static class OutboxTracingConfiguration {

        @Bean
        @ConditionalOnMissingBean
        OutboxTracing outboxTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
            Tracer currentTracer = tracer.getIfAvailable();
            Propagator currentPropagator = propagator.getIfAvailable();
            return currentTracer == null || currentPropagator == null || currentTracer == Tracer.NOOP ? OutboxTracing.NONE
                    : new MicrometerOutboxTracing(currentTracer, currentPropagator);
        }
    }
}
