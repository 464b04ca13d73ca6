package com.secutix.payments.platform.kafka;

import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.events.Topics;
import jakarta.validation.ConstraintViolationException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
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
 * <p>
 * Two kinds of listener: Boot's default container factory calls a listener with one record and commits
 * its offset after it (ack mode {@code record}, a platform default); {@link #BATCH_LISTENER_FACTORY} calls
 * it with the records of one poll (at most {@code payments.kafka.batch.max-records}) and commits their
 * offsets once after it returns (ack mode {@code BATCH}), for listeners built on {@link EventBatches}.
 * Both have the same error handler: with a batch, a {@code BatchListenerFailedException} names the record
 * that failed.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration"})
@EnableConfigurationProperties({KafkaTopicsProperties.class, ListenerRetryProperties.class, BatchListenerProperties.class})
public class PlatformKafkaAutoConfiguration {

    /** The container factory of batch listeners: {@code @KafkaListener(containerFactory = BATCH_LISTENER_FACTORY)}. */
    public static final String BATCH_LISTENER_FACTORY = "platformBatchListenerContainerFactory";

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

    /**
     * Boot's listener settings and the platform's error handler (through Boot's configurer), then batch
     * listening: ack mode {@code BATCH} whatever {@code spring.kafka.listener.ack-mode} says (the platform
     * default {@code record} stays for record listeners), {@code max.poll.records}, {@code fetch.min.bytes} and
     * {@code fetch.max.wait.ms} from {@link BatchListenerProperties}.
     * <p>
     * The consumer settings go to each container as it is created ({@link BatchConsumerSettings}, a container
     * customizer run after Boot's own one, if any): a factory's own {@code ContainerProperties#setKafkaConsumerProperties}
     * is not copied to the containers it creates, so set there they would never reach a consumer.
     */
    @Bean(BATCH_LISTENER_FACTORY)
    @ConditionalOnMissingBean(name = BATCH_LISTENER_FACTORY)
    @ConditionalOnBean({ConsumerFactory.class, ConcurrentKafkaListenerContainerFactoryConfigurer.class})
    public ConcurrentKafkaListenerContainerFactory<Object, Object> platformBatchListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            BatchListenerProperties batch,
            ObjectProvider<ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>>> bootCustomizer) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        factory.setContainerCustomizer(new BatchConsumerSettings(batch, bootCustomizer.getIfAvailable()));
        return factory;
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
