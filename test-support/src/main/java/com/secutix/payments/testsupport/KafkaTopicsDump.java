package com.secutix.payments.testsupport;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * When a test JVM that used {@link SharedKafka} ends, writes every record of every topic (headers,
 * key and value as text) to a file of the module under test, so a later check
 * ({@link CardDataScanner}) can prove that no card data went through Kafka. The file is the system
 * property {@value #FILE_PROPERTY} (the parent POM gives unit-test and integration-test JVMs one file
 * each: {@code target/kafka-topics-dump-unit.txt}, {@code -it.txt}), else
 * {@code target/kafka-topics-dump.txt}. Each run replaces its file, so a dump never holds records of an
 * earlier build. Registered through {@code META-INF/services}; does nothing in JVMs that never started
 * Kafka.
 */
public final class KafkaTopicsDump implements LauncherSessionListener {

    public static final String FILE_PROPERTY = "kafka.topics.dump.file";
    public static final Path FILE = Path.of(System.getProperty(FILE_PROPERTY, "target/kafka-topics-dump.txt"));

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (!SharedKafka.isStarted()) {
            return;
        }
        try {
            dump(FILE);
        } catch (Exception e) {
            System.err.println("Could not dump the Kafka topics to " + FILE.toAbsolutePath() + ": " + e);
        }
    }

    /** Writes every record of every (non-internal) topic of the shared broker to {@code file}, replacing it. */
    public static void dump(Path file) throws Exception {
        Set<String> topics = new TreeSet<String>(SharedKafka.topics());
        Files.createDirectories(file.toAbsolutePath().getParent());
        TopicReader reader = TopicReader.ofSharedKafka();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write("#### Kafka topics dump of a test JVM, " + Instant.now() + "\n");
            for (String topic : topics) {
                for (ConsumerRecord<String, byte[]> record : reader.read(topic)) {
                    write(record, out);
                }
            }
        }
    }

    private static void write(ConsumerRecord<String, byte[]> record, Writer out) throws IOException {
        out.write("== " + record.topic() + " partition " + record.partition() + " offset " + record.offset() + "\n");
        for (Header header : record.headers()) {
            String value = header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
            out.write("header " + header.key() + ": " + value + "\n");
        }
        out.write("key: " + record.key() + "\n");
        out.write("value: " + TopicReader.valueAsString(record) + "\n");
    }
}
