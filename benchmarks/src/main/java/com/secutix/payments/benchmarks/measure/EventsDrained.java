package com.secutix.payments.benchmarks.measure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import com.secutix.payments.benchmarks.load.StepRunner;

/**
 * Whether the card vault kept up with a load step of payments: how long after the step's last answer every payment
 * event was both published by the gateway's outbox relay ({@code outbox_events.published_at}) and consumed by the
 * vault (its consumer group's committed offsets at the end of the topic). A vault that keeps up drains within a
 * relay and consumer cycle (tens of milliseconds); one that falls behind takes as long as its backlog, work the
 * step's answers did not pay for and that the next step would.
 */
public final class EventsDrained implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(20);
    private static final long TIMEOUT_SECONDS = 10;

    private final Connection gateway;
    private final Admin kafka;
    private final String topic;
    private final String consumerGroup;
    private final Duration cap;
    private Set<TopicPartition> partitions = Set.of();

    /** Measures {@code topic}'s events for {@code consumerGroup}, waiting at most {@code cap} after each step. */
    public EventsDrained(String gatewayJdbcUrl, String user, String password, String bootstrapServers, String topic,
                         String consumerGroup, Duration cap) throws SQLException {
        this.gateway = DriverManager.getConnection(gatewayJdbcUrl, user, password);
        this.kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.topic = topic;
        this.consumerGroup = consumerGroup;
        this.cap = cap;
    }

    /** {@code steps}, each followed by the time its events took to drain (the cap when they had not by then). */
    public StepRunner after(StepRunner steps) {
        return (target, schedule) -> steps.run(target, schedule).withEventsDrainedMicros(micros());
    }

    /** From now until nothing is left to publish or to consume, in microseconds; the cap's when that did not come. */
    public long micros() {
        long start = System.nanoTime();
        long deadline = start + cap.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!unpublished() && unconsumed() == 0) {
                    return (System.nanoTime() - start) / 1000;
                }
                Thread.sleep(POLL.toMillis()); // polling the relay and the consumer group, with a deadline
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the payment events' backlog: " + e.getMessage(), e);
        }
        return cap.toNanos() / 1000;
    }

    private boolean unpublished() throws SQLException {
        try (PreparedStatement query = gateway.prepareStatement(
                "select exists (select 1 from outbox_events where topic = ? and published_at is null)")) {
            query.setString(1, topic);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private long unconsumed() throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets(consumerGroup)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (partitions.isEmpty()) {
            partitions = kafka.describeTopics(Set.of(topic)).allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic).partitions().stream()
                    .map(partition -> new TopicPartition(topic, partition.partition()))
                    .collect(Collectors.toUnmodifiableSet());
        }
        Map<TopicPartition, ListOffsetsResultInfo> ends = kafka.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest())))
                .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return backlog(ends.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, end -> end.getValue().offset())),
                committed.entrySet().stream().filter(offset -> offset.getValue() != null)
                        .collect(Collectors.toMap(Map.Entry::getKey, offset -> offset.getValue().offset())));
    }

    /** Records written and not yet consumed: each partition's end offset less the group's committed one (none: 0). */
    static long backlog(Map<TopicPartition, Long> endOffsets, Map<TopicPartition, Long> committedOffsets) {
        return endOffsets.entrySet().stream()
                .mapToLong(end -> Math.max(0, end.getValue() - committedOffsets.getOrDefault(end.getKey(), 0L)))
                .sum();
    }

    @Override
    public void close() throws SQLException {
        kafka.close(Duration.ofSeconds(5));
        gateway.close();
    }
}
