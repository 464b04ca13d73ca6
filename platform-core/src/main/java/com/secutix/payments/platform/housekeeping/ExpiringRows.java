package com.secutix.payments.platform.housekeeping;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which rows an {@link ExpiredRowsPurge} deletes: those of {@code table} whose {@code expiryColumn} is at
 * or before now, one batch identified by {@code keyColumns} (the primary key) at a time. Names are SQL
 * identifiers written in the code, never input.
 *
 * @param description what the rows are, for the logs ({@code "expired idempotency keys"})
 * @param keyColumns  the primary key's columns, comma-separated
 */
public record ExpiringRows(String description, String table, String keyColumns, String expiryColumn) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern IDENTIFIERS = Pattern.compile("[a-z_][a-z0-9_]*(\\s*,\\s*[a-z_][a-z0-9_]*)*");

    public ExpiringRows {
        Objects.requireNonNull(description, "description");
        require(IDENTIFIER, table, "table");
        require(IDENTIFIERS, keyColumns, "keyColumns");
        require(IDENTIFIER, expiryColumn, "expiryColumn");
    }

    private static void require(Pattern pattern, String value, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be SQL identifiers in lower case: " + value);
        }
    }

    /** The oldest expired rows first, skipping rows a running request holds; {@code :now}, {@code :batchSize}. */
    String deleteBatchSql() {
        return """
                delete from %1$s
                 where (%2$s) in (
                        select %2$s
                          from %1$s
                         where %3$s <= :now
                         order by %3$s
                         limit :batchSize
                           for update skip locked)
                """.formatted(table, keyColumns, expiryColumn);
    }
}
