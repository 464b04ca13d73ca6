package com.secutix.payments.platform.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes that commit together, run as <b>one SQL statement</b> instead of a transaction: a guard, such as an update
 * under optimistic locking, and {@linkplain WritePart parts} written only when the guard wrote a row. PostgreSQL runs
 * the data-modifying common table expressions of a statement to completion, all of them or none (a failing part
 * fails the statement), and an autocommitted statement commits them at once: the writes commit together without a
 * transaction's {@code BEGIN} and {@code COMMIT}, two round trips to the database and the reactive transaction's
 * machinery around them. The statement is:
 *
 * <pre>
 * with guard as (update payments set ... where id = :id and version = :version returning id),
 *      part_1 as (insert into ... select ... where exists (select 1 from guard)),
 *      part_2 as (update ... where ... and exists (select 1 from guard))
 * select count(*) as written from guard
 * </pre>
 *
 * Every part reads the database as it was before the statement (one snapshot): a part cannot see another's rows,
 * only the guard's {@code RETURNING}. Inside a caller's transaction, the statement joins it. Immutable: {@link #with}
 * gives a new write.
 */
public final class GuardedWrite {

    /** The name under which parts read the guard's {@code RETURNING} rows. */
    public static final String GUARD = "guard";

    private final DatabaseClient database;
    private final String guardSql;
    private final List<WritePart> parts;
    /** The parameters of the guard and of every part. */
    private final Map<String, Object> values;

    private GuardedWrite(DatabaseClient database, String guardSql, List<WritePart> parts, Map<String, Object> values) {
        this.database = database;
        this.guardSql = guardSql;
        this.parts = List.copyOf(parts);
        this.values = Map.copyOf(values);
    }

    /**
     * A write guarded by {@code guardSql}, a data-modifying statement with a {@code RETURNING} clause: the write
     * happens when it returns a row.
     */
    public static GuardedWrite guardedBy(DatabaseClient database, String guardSql, Map<String, Object> guardValues) {
        Objects.requireNonNull(database, "database");
        if (!guardSql.toLowerCase(Locale.ROOT).contains("returning")) {
            throw new IllegalArgumentException("the guard must return the rows it wrote (RETURNING): " + guardSql);
        }
        return new GuardedWrite(database, guardSql, List.of(), guardValues);
    }

    /** This write and {@code part}, whose parameter names must not be taken yet. */
    public GuardedWrite with(WritePart part) {
        List<WritePart> moreParts = new ArrayList<>(parts);
        moreParts.add(part);
        Map<String, Object> moreValues = new HashMap<>(values);
        part.values().forEach((name, value) -> {
            if (moreValues.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException("the parameter :" + name + " is given twice: each part names its"
                        + " own parameters with a prefix of its own");
            }
        });
        return new GuardedWrite(database, guardSql, moreParts, moreValues);
    }

    /** The statement as it is sent. */
    public String sql() {
        StringBuilder sql = new StringBuilder("with ").append(GUARD).append(" as (").append(guardSql).append(")");
        for (int i = 0; i < parts.size(); i++) {
            sql.append(",\n     part_").append(i + 1).append(" as (").append(parts.get(i).sql()).append(")");
        }
        return sql.append("\nselect count(*) as written from ").append(GUARD).toString();
    }

    /**
     * Runs the statement: true when the guard wrote, and with it every part (then each part's
     * {@link WritePart#afterWritten()} runs); false when it did not, and nothing was written.
     */
    public Mono<Boolean> execute() {
        return Mono.defer(() -> database.sql(sql())
                .bindValues(values)
                .map(row -> row.get("written", Long.class))
                .one()
                .flatMap(written -> written > 0
                        ? Flux.fromIterable(parts).concatMap(WritePart::afterWritten).then(Mono.just(true))
                        : Mono.just(false)));
    }
}
