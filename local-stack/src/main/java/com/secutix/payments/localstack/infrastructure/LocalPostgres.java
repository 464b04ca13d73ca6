package com.secutix.payments.localstack.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import com.secutix.payments.localstack.process.RecordedProcess;

/**
 * A real PostgreSQL server (zonky's embedded binaries) with the platform's role and one database
 * per service. Started fresh on every run: the services migrate their schemas at start-up.
 *
 * <p>PostgreSQL refuses to run as root; when the launcher is root, zonky runs {@code initdb} and
 * {@code postgres} through {@code unshare -U} (an unprivileged user namespace) by itself.
 *
 * <p>zonky starts the server with {@code pg_ctl start}, so the postmaster is not a child of the
 * launcher and outlives it if the launcher is killed; zonky deletes the data directory only on a
 * clean close. The launcher therefore stops a leftover postmaster first ({@link #leftoverPostmaster})
 * and {@link #start} removes whatever an earlier run left in the data directory (its stale
 * {@code postmaster.pid} included), which {@code initdb} would refuse.
 */
public final class LocalPostgres implements AutoCloseable {

    /** DEMO credentials (docs/conventions.md), the platform-core defaults of every service. */
    public static final String ROLE = "payments";
    private static final String DEMO_PASSWORD = "payments";

    /** What zonky switches off by default, switched back on: a commit is on disk when it is acknowledged. */
    public static final Map<String, String> DURABILITY = Map.of(
            "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    /**
     * Logged by a durable PostgreSQL, as a production one would: each checkpoint (its writes and its sync time) and each
     * autovacuum run: background work that competes with the commits under load, against which the benchmark's stalls
     * are read.
     */
    public static final Map<String, String> BACKGROUND_WORK_LOGGING = Map.of(
            "log_checkpoints", "on", "log_autovacuum_min_duration", "0");

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private LocalPostgres(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * @param durable durability on, as in production ({@code fsync}, {@code synchronous_commit},
     *                {@code full_page_writes}); off (zonky's defaults) starts faster and flatters every write
     */
    public static LocalPostgres start(int port, Path workDirectory, List<String> databases, boolean durable)
            throws IOException, SQLException {
        Path dataDirectory = dataDirectory(workDirectory);
        FileSystemUtils.deleteRecursively(dataDirectory); // left by a run that was killed; fresh on every start anyway
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (durable) {
            DURABILITY.forEach(builder::setServerConfig);
            BACKGROUND_WORK_LOGGING.forEach(builder::setServerConfig);
        }
        EmbeddedPostgres postgres = builder
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
        return postmaster(dataDirectory).map(process -> OptionalLong.of(process.pid())).orElse(OptionalLong.empty());
    }

    /**
     * The postmaster named by the {@code postmaster.pid} an earlier run left in the data directory
     * (pid on its first line, start time in epoch seconds on its third), whether or not it still runs.
     */
    public static Optional<RecordedProcess> leftoverPostmaster(Path workDirectory) {
        return postmaster(dataDirectory(workDirectory));
    }

    private static Optional<RecordedProcess> postmaster(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            if (lines.size() < 3) {
                return Optional.empty();
            }
            return Optional.of(new RecordedProcess(RecordedProcess.POSTGRES, Long.parseLong(lines.get(0).trim()),
                    Instant.ofEpochSecond(Long.parseLong(lines.get(2).trim()))));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Path dataDirectory(Path workDirectory) {
        return workDirectory.resolve("postgres-data");
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
