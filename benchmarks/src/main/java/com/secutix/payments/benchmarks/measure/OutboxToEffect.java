package com.secutix.payments.benchmarks.measure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.HdrHistogram.Histogram;

/**
 * P-evt: for each event the gateway's outbox committed in a window ({@code outbox_events.id},
 * {@code occurred_at}), the time until the card vault had its effect ({@code processed_events.event_id},
 * {@code processed_at}, written in the effect's transaction). Both clocks are the same machine's.
 */
public final class OutboxToEffect {

    private final String jdbcBase;
    private final String user;
    private final String password;

    public OutboxToEffect(String jdbcBase, String user, String password) {
        this.jdbcBase = jdbcBase;
        this.user = user;
        this.password = password;
    }

    /** Events committed in the window, how many of them had their effect, and the latencies in microseconds. */
    public record Result(long committed, long effected, Histogram micros) {
    }

    public Result measure(Instant from, Instant to) throws SQLException {
        Map<String, Instant> committed = new HashMap<>();
        try (Connection gateway = DriverManager.getConnection(jdbcBase + "gateway", user, password);
             PreparedStatement query = gateway.prepareStatement(
                     "select id::text, occurred_at from outbox_events where occurred_at between ? and ? and topic = ?")) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(to));
            query.setString(3, "payments.payment.v1");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    committed.put(rows.getString(1), rows.getTimestamp(2).toInstant());
                }
            }
        }
        Histogram micros = new Histogram(3_600_000_000L, 3);
        long effected = 0;
        try (Connection vault = DriverManager.getConnection(jdbcBase + "cardvault", user, password);
             PreparedStatement query = vault.prepareStatement(
                     "select event_id, processed_at from processed_events where processed_at >= ?")) {
            query.setTimestamp(1, Timestamp.from(from));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Instant occurredAt = committed.get(rows.getString(1));
                    if (occurredAt != null) {
                        long latency = Math.max(0, Duration.between(occurredAt, rows.getTimestamp(2).toInstant()).toNanos() / 1000);
                        micros.recordValue(Math.min(latency, micros.getHighestTrackableValue()));
                        effected++;
                    }
                }
            }
        }
        return new Result(committed.size(), effected, micros);
    }
}
