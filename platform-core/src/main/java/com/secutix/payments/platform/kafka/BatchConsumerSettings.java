package com.secutix.payments.platform.kafka;

import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

/**
 * Gives each container of the batch listener factory the consumer settings of {@link BatchListenerProperties}
 * ({@code max.poll.records}, {@code fetch.min.bytes}, {@code fetch.max.wait.ms}), as consumer properties of the
 * container itself, which its consumers are created with. A setting a listener names itself
 * ({@code @KafkaListener(properties = ...)}) wins over the platform's. Runs Boot's container customizer first, when
 * the application has one.
 */
final class BatchConsumerSettings
        implements ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> {

    private final BatchListenerProperties batch;
    private final ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> before;

    BatchConsumerSettings(BatchListenerProperties batch,
                          ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> before) {
        this.batch = batch;
        this.before = before;
    }

    @Override
    public void configure(ConcurrentMessageListenerContainer<Object, Object> container) {
        if (before != null) {
            before.configure(container);
        }
        ContainerProperties properties = container.getContainerProperties();
        properties.setKafkaConsumerProperties(withListenerSettings(properties.getKafkaConsumerProperties()));
    }

    private Properties withListenerSettings(Properties listenerOwn) {
        Properties settings = new Properties();
        settings.setProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(batch.maxRecords()));
        settings.setProperty(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, String.valueOf(batch.minBytes().toBytes()));
        settings.setProperty(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, String.valueOf(batch.maxWait().toMillis()));
        if (listenerOwn != null) {
            listenerOwn.stringPropertyNames().forEach(name -> settings.setProperty(name, listenerOwn.getProperty(name)));
        }
        return settings;
    }
}
