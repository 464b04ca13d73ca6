package com.secutix.payments.benchmarks.measure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * The transactions each database of the stack committed during a window ({@code pg_stat_database.xact_commit}, which
 * every role may read): per payment, they show how well the services batch (the gateway's two per payment and its
 * relay's rounds; the vault's batches of events). PostgreSQL's counters lag a busy backend's commits by up to a second,
 * at the window's start as at its end, so a window of steady load counts within a few percent.
 */
public final class DatabaseCommits {

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Map<String, Long> before;

    private DatabaseCommits(String jdbcUrl, String user, String password, Map<String, Long> before) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.before = before;
    }

    /** {@code jdbcUrl}: any database of the server, e.g. {@code jdbc:postgresql://localhost:5433/gateway}. */
    public static DatabaseCommits open(String jdbcUrl, String user, String password) throws SQLException {
        return new DatabaseCommits(jdbcUrl, user, password, read(jdbcUrl, user, password));
    }

    /** Transactions committed since the window opened, by database; the databases that committed none are left out. */
    public Map<String, Long> close() throws SQLException {
        return since(before, read(jdbcUrl, user, password));
    }

    static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> committed = new TreeMap<>();
        after.forEach((database, commits) -> {
            long during = commits - before.getOrDefault(database, 0L);
            if (during > 0) {
                committed.put(database, during);
            }
        });
        return committed;
    }

    private static Map<String, Long> read(String jdbcUrl, String user, String password) throws SQLException {
        Map<String, Long> commits = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select datname, xact_commit from pg_stat_database where datname is not null")) {
            while (rows.next()) {
                commits.put(rows.getString(1), rows.getLong(2));
            }
        }
        return commits;
    }
}
