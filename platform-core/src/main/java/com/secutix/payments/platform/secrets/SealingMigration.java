package com.secutix.payments.platform.secrets;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Flyway migration (a bean: Boot gives every {@code JavaMigration} bean to Flyway) that replaces a column of
 * secrets in clear by a sealed column: SQL steps (add the sealed and digest columns), then the sealing of every row
 * that still holds a clear value (batches of {@code payments.secrets.rotation-batch}, the clear value set to NULL
 * as its row is sealed), then SQL again (drop the clear column, add the constraints). Flyway runs it in one
 * transaction: a failure leaves the table as it was. SQL alone cannot do it: the keys are not in the database.
 */
public final class SealingMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;
    private final List<Step> steps;
    private final SecretSealer sealer;
    private final int batchSize;

    private SealingMigration(String version, String description, List<Step> steps, SecretSealer sealer, int batchSize) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.steps = List.copyOf(steps);
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.batchSize = batchSize;
    }

    /** A migration of that version (after the SQL migrations before it, before those after it). */
    public static Builder version(String version, String description) {
        return new Builder(version, description);
    }

    private sealed interface Step permits Sql, SealClear {
    }

    private record Sql(String sql) implements Step {
    }

    private record SealClear(SealedColumn target, String clearColumn, String digestColumn) implements Step {
    }

    public static final class Builder {
        private final String version;
        private final String description;
        private final List<Step> steps = new ArrayList<>();

        private Builder(String version, String description) {
            this.version = version;
            this.description = description;
        }

        /** A SQL statement (DDL, say), run as it is. */
        public Builder sql(String sql) {
            steps.add(new Sql(sql));
            return this;
        }

        /**
         * Seals the clear values of {@code clearColumn} into {@code target}, writes their blind index into
         * {@code digestColumn} (null: none) and sets {@code clearColumn} to NULL, row by row.
         */
        public Builder sealClear(SealedColumn target, String clearColumn, String digestColumn) {
            new SealedColumn(target.table(), clearColumn, target.tenantColumn(), target.purpose()); // checks the name
            if (digestColumn != null) {
                new SealedColumn(target.table(), digestColumn, target.tenantColumn(), target.purpose());
            }
            steps.add(new SealClear(target, clearColumn, digestColumn));
            return this;
        }

        public SealingMigration build(SecretSealer sealer, SecretsProperties properties) {
            return new SealingMigration(version, description, steps, sealer, properties.rotationBatch());
        }
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (Step step : steps) {
            if (step instanceof Sql sql) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql.sql());
                }
            } else if (step instanceof SealClear seal) {
                sealClear(connection, seal);
            }
        }
    }

    private void sealClear(Connection connection, SealClear step) throws SQLException {
        SealedColumn target = step.target();
        String select = "select ctid::text as row_id, " + target.tenantColumn() + " as tenant, " + step.clearColumn()
                + " as clear from " + target.table() + " where " + step.clearColumn() + " is not null limit " + batchSize;
        String update = "update " + target.table() + " as t set " + target.column() + " = v.sealed, "
                + (step.digestColumn() == null ? "" : step.digestColumn() + " = v.digest, ")
                + step.clearColumn() + " = null"
                + " from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[])) as v(row_id, sealed, digest)"
                + " where t.ctid = any(cast(? as tid[])) and t.ctid = cast(v.row_id as tid)";
        while (true) {
            List<String> rowIds = new ArrayList<>();
            List<String> sealed = new ArrayList<>();
            List<String> digests = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(select)) {
                while (rows.next()) {
                    SealContext context = target.contextOf(rows.getString("tenant"));
                    String clear = rows.getString("clear");
                    rowIds.add(rows.getString("row_id"));
                    sealed.add(sealer.seal(clear, context));
                    digests.add(sealer.lookupDigest(clear, context));
                }
            }
            if (rowIds.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                statement.setArray(1, connection.createArrayOf("text", rowIds.toArray()));
                statement.setArray(2, connection.createArrayOf("text", sealed.toArray()));
                statement.setArray(3, connection.createArrayOf("text", digests.toArray()));
                statement.setArray(4, connection.createArrayOf("text", rowIds.toArray()));
                statement.executeUpdate();
            }
        }
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
