package com.secutix.payments.platform.web.idempotency;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/** {@link IdempotentRequests} over the service's database ({@code idempotency_keys}). */
@AutoConfiguration(afterName = {
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@ConditionalOnBean(DatabaseClient.class)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public IdempotentRequests idempotentRequests(DatabaseClient database, JsonMapper jsonMapper,
                                                 IdempotencyProperties properties, Clock clock) {
        return new IdempotentRequests(database, jsonMapper, properties, clock);
    }
}
