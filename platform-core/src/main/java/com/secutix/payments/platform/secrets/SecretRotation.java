package com.secutix.payments.platform.secrets;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-seals under the active key every value of every {@link SealedColumn} sealed under another key, in batches of
 * {@code payments.secrets.rotation-batch} rows, one transaction each (rows locked {@code FOR UPDATE}: a row written
 * meanwhile is waited for, then re-read). Afterwards no value needs an older key: it can leave the ring. The blind
 * indexes do not change (the lookup key is not rotated). A value that does not open (a key missing from the ring)
 * stops the rotation with the key id.
 */
public final class SecretRotation {

    private final DatabaseClient database;
    private final TransactionalOperator transactions;
    private final SecretSealer sealer;
    private final List<SealedColumn> columns;
    private final int batchSize;

    public SecretRotation(DatabaseClient database, TransactionalOperator transactions, SecretSealer sealer,
                          List<SealedColumn> columns, int batchSize) {
        this.database = database;
        this.transactions = transactions;
        this.sealer = sealer;
        this.columns = List.copyOf(columns);
        this.batchSize = batchSize;
    }

    /** The number of values re-sealed, by column ({@code table.column}), in the order of the columns. */
    public Mono<Map<String, Long>> rotate() {
        return Flux.fromIterable(columns)
                .concatMap(column -> rotate(column).map(count -> Map.entry(column.toString(), count)))
                .collect(LinkedHashMap::new, (counts, entry) -> counts.put(entry.getKey(), entry.getValue()));
    }

    private Mono<Long> rotate(SealedColumn column) {
        return transactions.transactional(batch(column))
                .repeat()
                .takeUntil(count -> count < batchSize)
                .reduce(0L, Long::sum);
    }

    private Mono<Long> batch(SealedColumn column) {
        String prefix = sealer.activePrefix();
        String select = "select ctid::text as row_id, " + column.tenantColumn() + " as tenant, " + column.column() + " as sealed"
                + " from " + column.table() + " where " + column.column() + " is not null and left(" + column.column()
                + ", " + prefix.length() + ") <> :prefix limit " + batchSize + " for update";
        String update = "update " + column.table() + " as t set " + column.column() + " = v.sealed"
                + " from unnest(cast(:rowIds as text[]), cast(:sealed as text[])) as v(row_id, sealed)"
                + " where t.ctid = any(cast(:tids as tid[])) and t.ctid = cast(v.row_id as tid)";
        return database.sql(select).bind("prefix", prefix)
                .map(row -> new String[] {row.get("row_id", String.class), row.get("tenant", String.class), row.get("sealed", String.class)})
                .all()
                .collectList()
                .flatMap(rows -> {
                    if (rows.isEmpty()) {
                        return Mono.just(0L);
                    }
                    List<String> rowIds = new ArrayList<>(rows.size());
                    List<String> resealed = new ArrayList<>(rows.size());
                    for (String[] row : rows) {
                        rowIds.add(row[0]);
                        resealed.add(sealer.reseal(row[2], column.contextOf(row[1])));
                    }
                    String[] ids = rowIds.toArray(String[]::new);
                    return database.sql(update)
                            .bind("rowIds", ids).bind("sealed", resealed.toArray(String[]::new)).bind("tids", ids)
                            .fetch().rowsUpdated()
                            .map(updated -> (long) rows.size());
                });
    }

    public List<SealedColumn> columns() {
        return columns;
    }
}
