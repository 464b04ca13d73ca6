package com.secutix.payments.platform.outbox;

import com.secutix.payments.platform.lifecycle.BackgroundLoop;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.Readable;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes outbox rows to Kafka, at least once and in commit order. Each batch runs in one database
 * transaction: take the relay's advisory lock (one relay of a service publishes at a time, which keeps
 * each aggregate's events in order), claim the oldest unpublished rows {@code FOR UPDATE SKIP LOCKED} and
 * mark them published, all in one statement, send them, wait for every acknowledgement, commit. Any
 * failure rolls the batch back, marks included, and the rows are sent again by a later batch (consumers
 * de-duplicate by event id).
 * <p>
 * The lock is taken once per statement, in a materialised CTE, before any row is locked: when another
 * relay holds it, the statement claims nothing. A row that relay published after this statement's
 * snapshot was taken, but before it released the lock, is seen again by {@code FOR UPDATE} in its
 * committed version (PostgreSQL re-checks {@code published_at is null} on the updated row) and left out,
 * so it is not sent twice and no later row overtakes an earlier one.
 * <p>
 * The relay runs a round {@code gather} (20 ms by default) after {@link OutboxWakeUp} says that this instance
 * committed a row, so that at a sale opening one round publishes the events of several payments (one transaction,
 * one request to Kafka, and consumers that get them together) instead of one round each; and otherwise once per
 * {@code poll-interval} (500 ms by default), which finds the rows that another instance
 * committed or whose signal was lost. A poll first asks with one cheap statement, outside any transaction,
 * whether a row waits (an index-only look at the partial index of unpublished rows), and opens a
 * transaction only then: an idle relay costs one query per poll. A round after a commit signal or a full
 * batch skips that question: rows are expected.
 */
public class OutboxRelay extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Key of the PostgreSQL advisory lock that serialises the relays of one service database. */
    static final long RELAY_LOCK = 0x5EC07_0B0CL;
    private static final Duration HOUSEKEEPING_INTERVAL = Duration.ofSeconds(5);

    private final DatabaseClient database;
    private final TransactionalOperator transactions;
    private final KafkaTemplate<String, byte[]> kafka;
    private final CloudEventRecords records;
    private final OutboxProperties properties;
    private final Clock clock;
    private final OutboxTracing tracing;
    private final Counter published;
    private final DistributionSummary batchSizes;
    private final Counter failedBatches;
    private final AtomicLong backlog = new AtomicLong();
    private final OutboxWakeUp wakeUp;

    public OutboxRelay(DatabaseClient database, TransactionalOperator transactions, KafkaTemplate<String, byte[]> kafka,
                       String source, OutboxProperties properties, Clock clock, MeterRegistry meters) {
        this(database, transactions, kafka, source, properties, clock, meters, OutboxTracing.NONE, new OutboxWakeUp());
    }

    /**
     * @param tracing sends each event inside the trace it was appended in
     * @param wakeUp  the signal of this instance's {@link R2dbcOutbox}: a commit starts a round at once
     */
    public OutboxRelay(DatabaseClient database, TransactionalOperator transactions, KafkaTemplate<String, byte[]> kafka,
                       String source, OutboxProperties properties, Clock clock, MeterRegistry meters, OutboxTracing tracing,
                       OutboxWakeUp wakeUp) {
        ProducerGuarantees.verify(kafka.getProducerFactory().getConfigurationProperties());
        this.database = database;
        this.transactions = transactions;
        this.kafka = kafka;
        this.records = new CloudEventRecords(source);
        this.properties = properties;
        this.clock = clock;
        this.tracing = tracing;
        this.wakeUp = wakeUp;
        this.published = Counter.builder("payments.outbox.published")
                .description("Outbox events published to Kafka").register(meters);
        this.batchSizes = DistributionSummary.builder("payments.outbox.batch.size")
                .description("Events published by each round of the relay that published any: how well it batches")
                .register(meters);
        this.failedBatches = Counter.builder("payments.outbox.failed.batches")
                .description("Outbox batches that could not be published and will be retried").register(meters);
        Gauge.builder("payments.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events not yet published").register(meters);
    }

    /**
     * Publishes one batch; emits how many rows it published (0 when another relay holds the lock or
     * nothing is waiting). Errors when Kafka did not acknowledge every record: nothing is marked then.
     */
    public Mono<Integer> relayBatch() {
        Mono<Integer> batch = lockClaimAndMarkBatch()
                .flatMap(rows -> rows.isEmpty() ? Mono.just(0) : send(rows).thenReturn(rows.size()));
        return transactions.transactional(batch)
                .doOnNext(count -> {
                    published.increment(count);
                    if (count > 0) {
                        batchSizes.record(count);
                    }
                });
    }

    /** Unpublished rows right now. */
    public Mono<Long> backlog() {
        return database.sql("select count(*) as backlog from outbox_events where published_at is null")
                .map(row -> row.get("backlog", Long.class))
                .one()
                .doOnNext(backlog::set);
    }

    /** Whether any row waits to be published: one statement, no transaction. */
    private Mono<Boolean> anyWaiting() {
        return database.sql("select exists (select 1 from outbox_events where published_at is null) as waiting")
                .map(row -> Boolean.TRUE.equals(row.get("waiting", Boolean.class)))
                .one();
    }

    /**
     * The relay's advisory lock, the oldest unpublished rows locked and marked published, in one statement
     * (the marks commit only with the acknowledgements); none when another relay holds the lock. The rows
     * come back in commit order.
     */
    private Mono<List<OutboxRow>> lockClaimAndMarkBatch() {
        return database.sql("""
                        with relay_lock as materialized (select pg_try_advisory_xact_lock(:lock) as locked),
                             batch as (select id
                                         from outbox_events, relay_lock
                                        where relay_lock.locked and published_at is null
                                        order by position
                                        limit :batchSize
                                          for update of outbox_events skip locked)
                        update outbox_events set published_at = :now
                          from batch
                         where outbox_events.id = batch.id
                        returning outbox_events.id, topic, message_key, event_type, subject, tenant_id, correlation_id,
                                  payload::text as payload, occurred_at, traceparent, tracestate, position
                        """)
                .bind("lock", RELAY_LOCK)
                .bind("batchSize", properties.batchSize())
                .bind("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .map(row -> new Positioned(row.get("position", Long.class), rowOf(row)))
                .all()
                .sort(Comparator.comparingLong(Positioned::position))
                .map(Positioned::row)
                .collectList();
    }

    /** A claimed row and its place in commit order ({@code RETURNING} keeps no order). */
    private record Positioned(long position, OutboxRow row) {
    }

    private static OutboxRow rowOf(Readable row) {
        String payload = row.get("payload", String.class);
        return new OutboxRow(row.get("id", UUID.class), row.get("topic", String.class), row.get("message_key", String.class),
                row.get("event_type", String.class), row.get("subject", String.class), row.get("tenant_id", String.class),
                row.get("correlation_id", String.class), payload == null ? new byte[0] : payload.getBytes(StandardCharsets.UTF_8),
                row.get("occurred_at", OffsetDateTime.class).toInstant(), traceOf(row));
    }

    private static TraceHeaders traceOf(Readable row) {
        String traceparent = row.get("traceparent", String.class);
        return traceparent == null ? null : new TraceHeaders(traceparent, row.get("tracestate", String.class));
    }

    private Mono<Void> send(List<OutboxRow> rows) {
        // KafkaTemplate.send may block while fetching metadata: keep it off the database's event loop
        return Mono.fromCallable(() -> rows.stream()
                        .map(row -> tracing.continueTrace(row.trace(), () -> kafka.send(records.recordOf(row))))
                        .toArray(CompletableFuture[]::new))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(sends -> Mono.fromFuture(CompletableFuture.allOf(sends)))
                .timeout(properties.sendTimeout())
                .then();
    }

    private Mono<Long> deleteOldPublished() {
        return database.sql("delete from outbox_events where published_at < :before")
                .bind("before", OffsetDateTime.now(clock).minus(properties.retention()).withOffsetSameInstant(ZoneOffset.UTC))
                .fetch().rowsUpdated();
    }

    private Flux<Boolean> relayLoop() {
        AtomicBoolean rowsExpected = new AtomicBoolean(true);
        return Mono.defer(() -> rowsExpected.get() ? relayBatch()
                        // after a poll without a commit signal, a transaction only when a row waits
                        : anyWaiting().flatMap(waiting -> waiting ? relayBatch() : Mono.just(0)))
                .onErrorResume(failure -> {
                    failedBatches.increment();
                    log.warn("Outbox batch not published, it will be retried: {}", failure.toString());
                    return Mono.just(0);
                })
                // a full batch means more is waiting: go on at once, otherwise wait for a commit or the next poll
                .flatMap(count -> count >= properties.batchSize() ? Mono.just(true)
                        : wakeUp.nextCommitOr(properties.pollInterval(), properties.gather()))
                .doOnNext(rowsExpected::set)
                .repeat();
    }

    private Flux<Long> housekeepingLoop() {
        // a tick that comes while the previous round still runs is skipped, never an overflow error
        return Flux.interval(Duration.ZERO, HOUSEKEEPING_INTERVAL)
                .onBackpressureDrop()
                .concatMap(tick -> backlog().then(deleteOldPublished())
                        .onErrorResume(failure -> {
                            log.debug("Outbox housekeeping failed: {}", failure.toString());
                            return Mono.empty();
                        }), 0);
    }

    @Override
    protected Optional<Disposable> subscribeLoops() {
        if (!properties.relayEnabled()) {
            return Optional.empty();
        }
        return Optional.of(Disposables.composite(relayLoop().subscribe(), housekeepingLoop().subscribe()));
    }

    @Override
    public int getPhase() {
        // after the web server and Kafka listeners have started, stopped before them
        return Integer.MAX_VALUE - 100;
    }
}
