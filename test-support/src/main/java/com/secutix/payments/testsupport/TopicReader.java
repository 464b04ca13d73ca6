package com.secutix.payments.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every record of a topic, from the beginning of all its partitions, without joining a
 * consumer group (so it never disturbs the consumers under test). It reads up to the end offsets
 * seen when called, then keeps polling until nothing new arrives for {@link #DEFAULT_IDLE}.
 * Combine with Awaitility to wait for records that are still on their way.
 */
public final class TopicReader {

    public static final Duration DEFAULT_IDLE = Duration.ofMillis(200);

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration MAX_READ = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final Duration idle;

    public TopicReader(String bootstrapServers, Duration idle) {
        this.bootstrapServers = bootstrapServers;
        this.idle = idle;
    }

    /** A reader of the JVM's {@link SharedKafka} broker. */
    public static TopicReader ofSharedKafka() {
        return new TopicReader(SharedKafka.bootstrapServers(), DEFAULT_IDLE);
    }

    /** Every record of {@code topic} on the shared broker; empty if the topic does not exist. */
    public static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        return ofSharedKafka().read(topic);
    }

    public List<ConsumerRecord<String, byte[]>> read(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            return drain(consumer, consumer.endOffsets(partitions));
        }
    }

    private List<ConsumerRecord<String, byte[]>> drain(KafkaConsumer<String, byte[]> consumer,
            Map<TopicPartition, Long> endOffsets) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        long deadline = System.nanoTime() + MAX_READ.toNanos();
        long lastRecordAt = System.nanoTime();
        while (System.nanoTime() < deadline) {
            ConsumerRecords<String, byte[]> batch = consumer.poll(POLL);
            batch.forEach(records::add);
            if (!batch.isEmpty()) {
                lastRecordAt = System.nanoTime();
            } else if (reachedEnd(consumer, endOffsets) && System.nanoTime() - lastRecordAt >= idle.toNanos()) {
                break;
            }
        }
        return records;
    }

    private static boolean reachedEnd(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> endOffsets) {
        return endOffsets.entrySet().stream()
                .allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private Map<String, Object> consumerProperties() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "topic-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    }

    /** The last value of header {@code name} as UTF-8 text, if the record has it. */
    public static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    /** The last value of header {@code name} as UTF-8 text, or {@code null}. */
    public static String headerAsString(ConsumerRecord<?, ?> record, String name) {
        return header(record, name).orElse(null);
    }

    /** The value as UTF-8 text (events are JSON), or {@code null} for a tombstone. */
    public static String valueAsString(ConsumerRecord<?, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }
}
