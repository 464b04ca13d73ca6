package com.secutix.payments.platform.outbox;

import com.secutix.payments.events.EventCatalogue;
import com.secutix.payments.events.EventJson;
import com.secutix.payments.events.EventType;
import com.secutix.payments.events.PlatformEvent;
import com.secutix.payments.platform.write.GuardedWrite;
import com.secutix.payments.platform.write.WritePart;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Writes outbox rows with the caller's {@link DatabaseClient}, so the insert joins the reactive
 * transaction in progress. The row id is the CloudEvents id of the published event. The payload is
 * bound as text and cast to {@code json}, which keeps the bytes of {@code EventJson} as they are. The
 * caller's W3C trace context ({@link OutboxTracing#current()}), if any, is stored with the row. When the
 * transaction commits, {@link OutboxWakeUp} tells this instance's relay to publish at once. {@link #appending} gives
 * the same rows as a part of a {@link GuardedWrite}, one statement with the state change they report.
 */
public class R2dbcOutbox implements Outbox {

    private static final String COLUMNS = "id, topic, message_key, event_type, subject, tenant_id, correlation_id, payload,"
            + " occurred_at, traceparent, tracestate";
    private static final String INSERT_ONE = "insert into outbox_events (" + COLUMNS + ")"
            + " values (:id, :topic, :key, :type, :subject, :tenant, :correlation, cast(:payload as json), :occurredAt,"
            + " :traceparent, :tracestate)";
    /** The statement that appends events to a guarded write, around its {@code values} rows (built per call). */
    private static final String APPEND_ROWS_BEFORE_VALUES = "insert into outbox_events (" + COLUMNS + ")"
            + " select id, topic, message_key, event_type, message_key, tenant_id, :outbox_correlation,"
            + " cast(payload as json), :outbox_occurred_at, :outbox_traceparent, :outbox_tracestate from (values ";
    private static final String APPEND_ROWS_AFTER_VALUES = ") as event (id, topic, message_key, event_type, tenant_id,"
            + " payload) where exists (select 1 from " + GuardedWrite.GUARD + ")";

    private final DatabaseClient database;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final OutboxTracing tracing;
    private final OutboxWakeUp wakeUp;

    public R2dbcOutbox(DatabaseClient database, Clock clock, Supplier<UUID> ids) {
        this(database, clock, ids, OutboxTracing.NONE, new OutboxWakeUp());
    }

    /**
     * @param tracing captures the caller's trace context, stored with the row for the relay
     * @param wakeUp  told when the appending transaction commits, so that this instance's relay publishes at once
     */
    public R2dbcOutbox(DatabaseClient database, Clock clock, Supplier<UUID> ids, OutboxTracing tracing, OutboxWakeUp wakeUp) {
        this.database = database;
        this.clock = clock;
        this.ids = ids;
        this.tracing = tracing;
        this.wakeUp = wakeUp;
    }

    @Override
    public Mono<Void> append(PlatformEvent event, String correlationId) {
        return currentTrace().flatMap(trace -> insert(event, correlationId, trace.orElse(null)));
    }

    /**
     * One row per event, in the events' order, all with the same correlation id, trace context and time; the
     * relay is woken once the statement has written (inside a caller's transaction, once it commits).
     */
    @Override
    public Mono<WritePart> appending(List<? extends PlatformEvent> events, String correlationId) {
        if (events.isEmpty()) {
            return Mono.empty();
        }
        return currentTrace().map(trace -> {
            Map<String, Object> values = new HashMap<>();
            StringJoiner rows = new StringJoiner(", ");
            for (int i = 0; i < events.size(); i++) {
                EventRow row = rowOf(events.get(i));
                String prefix = "outbox_" + i + "_";
                rows.add("(:" + prefix + "id, :" + prefix + "topic, :" + prefix + "key, :" + prefix + "type, :" + prefix
                        + "tenant, :" + prefix + "payload)");
                values.put(prefix + "id", row.id());
                values.put(prefix + "topic", row.topic());
                values.put(prefix + "key", row.key());
                values.put(prefix + "type", row.type());
                values.put(prefix + "tenant", row.tenant());
                values.put(prefix + "payload", row.payload());
            }
            values.put("outbox_correlation", WritePart.nullable(correlationId, String.class));
            values.put("outbox_occurred_at", clock.instant().atOffset(ZoneOffset.UTC));
            values.put("outbox_traceparent", WritePart.nullable(trace.map(TraceHeaders::traceparent).orElse(null), String.class));
            values.put("outbox_tracestate", WritePart.nullable(trace.map(TraceHeaders::tracestate).orElse(null), String.class));
            return new WritePart(APPEND_ROWS_BEFORE_VALUES + rows + APPEND_ROWS_AFTER_VALUES, values,
                    wakeUp.afterCommit());
        });
    }

    private Mono<Optional<TraceHeaders>> currentTrace() {
        return tracing.current().map(Optional::of).defaultIfEmpty(Optional.empty());
    }

    /** What an event's row holds of it; the subject is its aggregate, as is the message key. */
    private record EventRow(UUID id, String topic, String key, String type, String tenant, String payload) {
    }

    private EventRow rowOf(PlatformEvent event) {
        EventType<?> type = EventCatalogue.of(event.getClass());
        return new EventRow(ids.get(), type.topic(), event.aggregateId(), type.name(), event.tenantId(),
                new String(EventJson.write(event), StandardCharsets.UTF_8));
    }

    private Mono<Void> insert(PlatformEvent event, String correlationId, TraceHeaders trace) {
        return Mono.defer(() -> {
            EventRow row = rowOf(event);
            DatabaseClient.GenericExecuteSpec insert = database.sql(INSERT_ONE)
                    .bind("id", row.id())
                    .bind("topic", row.topic())
                    .bind("key", row.key())
                    .bind("type", row.type())
                    .bind("subject", row.key())
                    .bind("tenant", row.tenant())
                    .bind("payload", row.payload())
                    .bind("occurredAt", clock.instant().atOffset(ZoneOffset.UTC));
            insert = bindNullable(insert, "correlation", correlationId);
            insert = bindNullable(insert, "traceparent", trace == null ? null : trace.traceparent());
            insert = bindNullable(insert, "tracestate", trace == null ? null : trace.tracestate());
            return insert.then().then(wakeUp.afterCommit());
        });
    }

    private static DatabaseClient.GenericExecuteSpec bindNullable(DatabaseClient.GenericExecuteSpec spec, String name, String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }
}
