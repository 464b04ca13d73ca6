package com.secutix.payments.platform.web.attempts;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;

import java.time.Clock;

/**
 * {@link AttemptLimiter} over the service's database ({@code attempt_counts}), the limits configured under
 * {@code payments.attempts.limits} and the {@link ExpiredAttemptWindowsPurge} that deletes ended windows.
 */
@AutoConfiguration(afterName = "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration")
@ConditionalOnBean(DatabaseClient.class)
@EnableConfigurationProperties(AttemptLimitsProperties.class)
public class AttemptLimitsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public AttemptLimiter attemptLimiter(DatabaseClient database, Clock clock, ObjectProvider<MeterRegistry> meters,
                                         AttemptLimitsProperties properties) {
        return new AttemptLimiter(database, clock, meters.getIfAvailable(SimpleMeterRegistry::new), properties.subjectKey());
    }

    @Bean
    @ConditionalOnMissingBean
    public ExpiredAttemptWindowsPurge expiredAttemptWindowsPurge(DatabaseClient database, AttemptLimitsProperties properties,
                                                                 Clock clock) {
        return new ExpiredAttemptWindowsPurge(database, clock, properties.purgeInterval(), properties.purgeBatchSize());
    }
}
