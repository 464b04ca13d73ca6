package com.secutix.payments.localstack.infrastructure;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real Kafka broker in KRaft mode (combined broker and controller), listening on a fixed port so
 * that the services' default {@code localhost:9092} reaches it.
 *
 * <p>{@link EmbeddedKafkaKraftBroker#kafkaPorts(int...)} is ignored in KRaft mode, and the test
 * kit underneath binds its own {@code EXTERNAL} and {@code CONTROLLER} listeners to free ports before
 * the broker starts. A third listener, {@code LOCAL}, is not pre-bound by the test kit: the broker
 * binds it to the fixed port and advertises it to the clients that connect through it.
 */
public final class LocalKafka implements AutoCloseable {

    private static final int PARTITIONS = 3;

    private final EmbeddedKafkaKraftBroker broker;
    private final String bootstrapServers;

    private LocalKafka(EmbeddedKafkaKraftBroker broker, String bootstrapServers) {
        this.broker = broker;
        this.bootstrapServers = bootstrapServers;
    }

    public static LocalKafka start(int port) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        broker.brokerProperty("listeners", "EXTERNAL://localhost:0,LOCAL://localhost:" + port + ",CONTROLLER://localhost:0");
        broker.brokerProperty("listener.security.protocol.map", "EXTERNAL:PLAINTEXT,LOCAL:PLAINTEXT,CONTROLLER:PLAINTEXT");
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.afterPropertiesSet();
        return new LocalKafka(broker, "localhost:" + port);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
