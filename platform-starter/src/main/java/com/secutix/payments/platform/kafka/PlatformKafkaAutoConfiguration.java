package com.secutix.payments.platform.kafka;

import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.events.Topics;
import jakarta.validation.ConstraintViolationException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.messaging.handler.annotation.support.MethodArgumentNotValidException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.util.backoff.FixedBackOff;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Consumer side of the platform: every listener container gets a short retry then
 * {@code <topic>.dlt} with {@code x-dead-letter-reason}; poison and validation failures are not retried.
 * Also creates the platform's topics and their dead-letter topics, and {@link ProcessedEvents}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration"})
@EnableConfigurationProperties({KafkaTopicsProperties.class, ListenerRetryProperties.class})
public class PlatformKafkaAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    @ConditionalOnBean(KafkaTemplate.class)
    public DefaultErrorHandler platformKafkaErrorHandler(KafkaTemplate<String, byte[]> kafka, ListenerRetryProperties retry) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        recoverer.setHeadersFunction((record, failure) -> {
            RecordHeaders headers = new RecordHeaders();
            headers.add(CloudEventHeaders.DEAD_LETTER_REASON, DeadLetterReason.of(failure).getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(retry.backOff().toMillis(), retry.retries()));
        handler.addNotRetryableExceptions(PoisonEventException.class, ConstraintViolationException.class,
                MethodArgumentNotValidException.class);
        return handler;
    }

    @Bean
    @ConditionalOnMissingBean(name = "platformTopics")
    public KafkaAdmin.NewTopics platformTopics(KafkaTopicsProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.all()) {
            topics.add(topicNamed(topic, properties));
            topics.add(topicNamed(Topics.deadLetterOf(topic), properties));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    private static NewTopic topicNamed(String name, KafkaTopicsProperties properties) {
        return TopicBuilder.name(name)
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor())
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({DatabaseClient.class, ReactiveTransactionManager.class})
    public ProcessedEvents processedEvents(DatabaseClient database, ReactiveTransactionManager transactionManager, Clock clock) {
        return new ProcessedEvents(database, TransactionalOperator.create(transactionManager), clock);
    }
}
