package com.secutix.payments.benchmarks.baseline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * B-kafka: records of ~500 bytes sent as fast as the producer takes them, {@code acks=all}, idempotent
 * (the platform's producer settings), on the stack's broker: acknowledged records per second.
 */
public final class KafkaProducerRate {

    public static final String TOPIC = "benchmarks.baseline.v1";

    private final String bootstrapServers;

    public KafkaProducerRate(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public double recordsPerSecond(Duration duration) throws Exception {
        createTopic();
        byte[] value = "x".repeat(500).getBytes();
        AtomicLong acknowledged = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Map<String, Object> settings = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        long start;
        long sent = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings)) {
            producer.send(new ProducerRecord<>(TOPIC, "warm-up", value)).get(30, TimeUnit.SECONDS);
            start = System.nanoTime();
            long end = start + duration.toNanos();
            while (System.nanoTime() < end && failure.get() == null) {
                producer.send(new ProducerRecord<>(TOPIC, Long.toString(sent++), value), (metadata, error) -> {
                    if (error == null) {
                        acknowledged.incrementAndGet();
                    } else {
                        failure.compareAndSet(null, error);
                    }
                });
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        if (acknowledged.get() != sent) {
            throw new IllegalStateException("Kafka acknowledged " + acknowledged.get() + " of " + sent + " records");
        }
        return acknowledged.get() / ((System.nanoTime() - start) / 1e9);
    }

    private void createTopic() throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
