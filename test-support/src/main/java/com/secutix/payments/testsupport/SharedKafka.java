package com.secutix.payments.testsupport;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker (KRaft mode, no ZooKeeper) per test JVM, started on first use and stopped
 * when the JVM exits. Every test class and every Spring context of the JVM talks to the same broker.
 */
public final class SharedKafka {

    private static EmbeddedKafkaKraftBroker broker;

    private SharedKafka() {
    }

    /** The {@code host:port} list to give to clients ({@code spring.kafka.bootstrap-servers}). */
    public static String bootstrapServers() {
        return broker().getBrokersAsString();
    }

    /** The running broker, started if needed: gives access to its admin client and topic helpers. */
    public static synchronized EmbeddedKafkaKraftBroker broker() {
        if (broker == null) {
            broker = start();
        }
        return broker;
    }

    /** The names of the topics on the broker (internal topics excepted). */
    public static Set<String> topics() {
        Set<String> names = broker().doWithAdminFunction(admin -> {
            try {
                return admin.listTopics().names().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while listing the topics", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Could not list the topics", e);
            }
        });
        return names;
    }

    /** Whether a test of this JVM has used Kafka (the broker is never started just to answer this). */
    public static synchronized boolean isStarted() {
        return broker != null;
    }

    private static EmbeddedKafkaKraftBroker start() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.brokerProperties(Map.of(
                // consumer groups join at once instead of waiting 3 s for other members
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "auto.create.topics.enable", "true"));
        kafka.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::destroy, "shared-kafka-shutdown"));
        return kafka;
    }
}
