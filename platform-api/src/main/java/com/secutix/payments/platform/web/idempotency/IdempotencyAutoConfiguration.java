package com.secutix.payments.platform.web.idempotency;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/**
 * {@link IdempotentRequests} over the service's database ({@code idempotency_keys}) and the
 * {@link ExpiredIdempotencyKeysPurge} that deletes expired keys.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@ConditionalOnBean(DatabaseClient.class)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(ReactiveTransactionManager.class)
    public IdempotentRequests idempotentRequests(DatabaseClient database, ReactiveTransactionManager transactionManager,
                                                 JsonMapper jsonMapper, IdempotencyProperties properties, Clock clock) {
        return new IdempotentRequests(database, TransactionalOperator.create(transactionManager), jsonMapper, properties, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    public ExpiredIdempotencyKeysPurge expiredIdempotencyKeysPurge(DatabaseClient database, IdempotencyProperties properties,
                                                                   Clock clock) {
        return new ExpiredIdempotencyKeysPurge(database, clock, properties.purgeInterval(), properties.purgeBatchSize());
    }
}
