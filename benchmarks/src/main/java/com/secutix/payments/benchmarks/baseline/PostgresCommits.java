package com.secutix.payments.benchmarks.baseline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * B-pg: single-row INSERTs of ~500 bytes, each its own commit (autocommit), from a few connections at
 * once, on the stack's PostgreSQL (durable): commits per second.
 */
public final class PostgresCommits {

    private final String jdbcUrl;
    private final String user;
    private final String password;

    public PostgresCommits(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    public double commitsPerSecond(int connections, Duration duration) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists bare_pg_rows (id bigserial primary key, payload text not null)");
        }
        String payload = "x".repeat(500);
        AtomicLong commits = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> writers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            Thread writer = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                     PreparedStatement insert = connection.prepareStatement("insert into bare_pg_rows (payload) values (?)")) {
                    connection.setAutoCommit(true);
                    while (System.nanoTime() < end) {
                        insert.setString(1, payload);
                        insert.executeUpdate();
                        commits.incrementAndGet();
                    }
                } catch (SQLException e) {
                    failure.compareAndSet(null, e);
                }
            }, "b-pg-" + i);
            writer.start();
            writers.add(writer);
        }
        for (Thread writer : writers) {
            writer.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return commits.get() / ((System.nanoTime() - start) / 1e9);
    }
}
