package com.secutix.payments.platform.housekeeping;

import com.secutix.payments.platform.lifecycle.PeriodicRound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Deletes the rows of a table whose expiry time has passed, every {@code interval} (a {@link PeriodicRound}),
 * in batches of {@code batchSize} rows until none is left, so that no delete holds many locks or runs long
 * (rows locked by a running request are skipped and taken next time).
 */
public class ExpiredRowsPurge extends PeriodicRound {

    private static final Logger log = LoggerFactory.getLogger(ExpiredRowsPurge.class);

    private final DatabaseClient database;
    private final ExpiringRows rows;
    private final Clock clock;
    private final int batchSize;
    private final String deleteBatch;

    /** @param batchSizeProperty the property that sets {@code batchSize}, named when it is invalid */
    public ExpiredRowsPurge(DatabaseClient database, ExpiringRows rows, Clock clock, Duration interval, int batchSize,
                            String batchSizeProperty) {
        super("purge of " + rows.description(), interval);
        if (batchSize < 1) {
            throw new IllegalArgumentException(batchSizeProperty + " must be at least 1");
        }
        this.database = database;
        this.rows = rows;
        this.clock = clock;
        this.batchSize = batchSize;
        this.deleteBatch = rows.deleteBatchSql();
    }

    /** Deletes every row expired by now, one bounded batch after the other; emits how many. */
    public Mono<Long> purgeExpired() {
        return deleteBatch()
                .expand(deleted -> deleted >= batchSize ? deleteBatch() : Mono.empty())
                .reduce(0L, Long::sum);
    }

    private Mono<Long> deleteBatch() {
        return Mono.defer(() -> database.sql(deleteBatch)
                .bind("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .bind("batchSize", batchSize)
                .fetch().rowsUpdated());
    }

    @Override
    protected Mono<?> round() {
        return purgeExpired().doOnNext(deleted -> {
            if (deleted > 0) {
                log.debug("Purged {} {}", deleted, rows.description());
            }
        });
    }
}
