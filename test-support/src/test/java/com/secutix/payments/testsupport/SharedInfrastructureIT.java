package com.secutix.payments.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedInfrastructureIT {

    @Test
    void reads_back_every_record_of_a_topic_with_its_headers() throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (int i = 1; i <= 3; i++) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>("shared.infrastructure.check",
                        "payment-" + i, ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_type", "com.secutix.payments.check.v1".getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();
            }
        }

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll("shared.infrastructure.check");

        assertThat(records).extracting(ConsumerRecord::key).containsExactly("payment-1", "payment-2", "payment-3");
        assertThat(TopicReader.headerAsString(records.get(0), "ce_type")).isEqualTo("com.secutix.payments.check.v1");
        assertThat(TopicReader.valueAsString(records.get(2))).isEqualTo("{\"n\":3}");
        assertThat(TopicReader.header(records.get(0), "ce_id")).isEmpty();
    }

    @Test
    void dumps_every_topic_as_text_for_the_card_data_scan(@TempDir Path dir) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            ProducerRecord<String, byte[]> saved = new ProducerRecord<>("shared.dump.check", "card-1",
                    "{\"maskedNumber\":\"XXXXXXXXXXXX4444\",\"bin\":\"555555\"}".getBytes(StandardCharsets.UTF_8));
            saved.headers().add("ce_tenantid", "demo-theatre".getBytes(StandardCharsets.UTF_8));
            producer.send(saved).get();
        }
        Path dump = dir.resolve("kafka-topics-dump.txt");

        KafkaTopicsDump.dump(dump);

        assertThat(Files.readString(dump)).contains("== shared.dump.check partition 0 offset 0",
                "header ce_tenantid: demo-theatre", "key: card-1", "value: {\"maskedNumber\":\"XXXXXXXXXXXX4444\"");
        assertThat(CardDataScanner.scanFiles(dir, "*.txt")).isEmpty();
    }

    @Test
    void reading_a_topic_that_does_not_exist_gives_no_record_and_does_not_create_it() {
        assertThat(TopicReader.readAll("never.written")).isEmpty();
        assertThat(SharedKafka.broker().doWithAdminFunction(admin -> admin.listTopics().names())
                .toCompletionStage().toCompletableFuture().join()).doesNotContain("never.written");
    }

    @Test
    void creates_a_database_once_and_connects_to_it_over_jdbc() throws Exception {
        SharedPostgres.createDatabase("shared_check");
        SharedPostgres.createDatabase("shared_check");

        try (Connection connection = DriverManager.getConnection(SharedPostgres.jdbcUrl("shared_check"),
                SharedPostgres.user(), SharedPostgres.password());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_database()")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo("shared_check");
        }
        assertThat(SharedPostgres.r2dbcUrl("shared_check"))
                .isEqualTo("r2dbc:postgresql://localhost:" + SharedPostgres.port() + "/shared_check");
    }

    @Test
    void refuses_database_names_that_would_need_quoting() {
        assertThatThrownBy(() -> SharedPostgres.createDatabase("Robert'); DROP"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
