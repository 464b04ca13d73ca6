package com.secutix.payments.platform.web.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Deletes expired Idempotency-Keys every {@code payments.idempotency.purge-interval}, in batches of
 * {@code purge-batch-size} rows (an expired key is otherwise only replaced when the same key comes
 * again). A failed round is logged and the next tick tries again.
 */
public class ExpiredIdempotencyKeysPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExpiredIdempotencyKeysPurge.class);

    private final DatabaseClient database;
    private final Clock clock;
    private final Duration interval;
    private final int batchSize;
    private final Disposable.Swap running = Disposables.swap();
    private volatile boolean started;

    public ExpiredIdempotencyKeysPurge(DatabaseClient database, Clock clock, Duration interval, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("payments.idempotency.purge-batch-size must be at least 1");
        }
        this.database = database;
        this.clock = clock;
        this.interval = interval;
        this.batchSize = batchSize;
    }

    /** Deletes every key expired by now, one bounded batch after the other; emits how many. */
    public Mono<Long> purgeExpired() {
        return deleteBatch()
                .expand(deleted -> deleted >= batchSize ? deleteBatch() : Mono.empty())
                .reduce(0L, Long::sum);
    }

    private Mono<Long> deleteBatch() {
        return Mono.defer(() -> database.sql("""
                        delete from idempotency_keys
                         where (tenant_id, caller_subject, idempotency_key) in (
                                select tenant_id, caller_subject, idempotency_key
                                  from idempotency_keys
                                 where expires_at <= :now
                                 order by expires_at
                                 limit :batchSize
                                   for update skip locked)
                        """)
                .bind("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .bind("batchSize", batchSize)
                .fetch().rowsUpdated());
    }

    private Flux<Long> purgeLoop() {
        // a tick that comes while the previous round still runs is skipped, never an overflow error
        return Flux.interval(interval, interval)
                .onBackpressureDrop()
                .concatMap(tick -> purgeExpired()
                        .doOnNext(deleted -> {
                            if (deleted > 0) {
                                log.debug("Purged {} expired idempotency keys", deleted);
                            }
                        })
                        .onErrorResume(failure -> {
                            log.warn("Purge of expired idempotency keys failed, next round in {}: {}", interval, failure.toString());
                            return Mono.empty();
                        }), 0);
    }

    @Override
    public void start() {
        running.update(purgeLoop().subscribe());
        started = true;
    }

    @Override
    public void stop() {
        running.update(Disposables.single());
        started = false;
    }

    @Override
    public boolean isRunning() {
        return started;
    }
}
