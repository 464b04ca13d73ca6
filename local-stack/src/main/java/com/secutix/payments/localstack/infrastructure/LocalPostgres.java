package com.secutix.payments.localstack.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (zonky's embedded binaries) with the platform's role and one database
 * per service. Started fresh on every run: the services migrate their schemas at start-up.
 *
 * <p>PostgreSQL refuses to run as root; when the launcher is root, zonky runs {@code initdb} and
 * {@code postgres} through {@code unshare -U} (an unprivileged user namespace) by itself.
 */
public final class LocalPostgres implements AutoCloseable {

    /** DEMO credentials (docs/conventions.md), the platform-starter defaults of every service. */
    public static final String ROLE = "payments";
    private static final String DEMO_PASSWORD = "payments";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private LocalPostgres(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    public static LocalPostgres start(int port, Path workDirectory, List<String> databases) throws IOException, SQLException {
        Path dataDirectory = Files.createDirectories(workDirectory.resolve("postgres-data"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "200")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(workDirectory.resolve("logs/postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(workDirectory.resolve("logs/postgres.log").toFile()))
                .start();
        LocalPostgres localPostgres = new LocalPostgres(postgres, dataDirectory);
        localPostgres.createRoleAndDatabases(databases);
        return localPostgres;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** The postmaster's process id, read from its pid file, so the launcher can measure its memory. */
    public OptionalLong postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private void createRoleAndDatabases(List<String> databases) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + DEMO_PASSWORD + "'");
            for (String database : databases) {
                statement.execute("CREATE DATABASE " + database + " OWNER " + ROLE);
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
