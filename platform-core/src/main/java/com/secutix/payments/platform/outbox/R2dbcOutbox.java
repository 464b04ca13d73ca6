package com.secutix.payments.platform.outbox;

import com.secutix.payments.events.EventCatalogue;
import com.secutix.payments.events.EventJson;
import com.secutix.payments.events.EventType;
import com.secutix.payments.events.PlatformEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Writes outbox rows with the caller's {@link DatabaseClient}, so the insert joins the reactive
 * transaction in progress. The row id is the CloudEvents id of the published event. The payload is
 * bound as text and cast to {@code json}, which keeps the bytes of {@code EventJson} as they are. The
 * caller's W3C trace context ({@link OutboxTracing#current()}), if any, is stored with the row. When the
 * transaction commits, {@link OutboxWakeUp} tells this instance's relay to publish at once.
 */
public class R2dbcOutbox implements Outbox {

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
        return tracing.current().map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(trace -> insert(event, correlationId, trace.orElse(null)));
    }

    private Mono<Void> insert(PlatformEvent event, String correlationId, TraceHeaders trace) {
        return Mono.defer(() -> {
            EventType<?> type = EventCatalogue.of(event.getClass());
            DatabaseClient.GenericExecuteSpec insert = database.sql("""
                            insert into outbox_events (id, topic, message_key, event_type, subject, tenant_id,
                                                       correlation_id, payload, occurred_at, traceparent, tracestate)
                            values (:id, :topic, :key, :type, :subject, :tenant, :correlation, cast(:payload as json), :occurredAt,
                                    :traceparent, :tracestate)
                            """)
                    .bind("id", ids.get())
                    .bind("topic", type.topic())
                    .bind("key", event.aggregateId())
                    .bind("type", type.name())
                    .bind("subject", event.aggregateId())
                    .bind("tenant", event.tenantId())
                    .bind("payload", new String(EventJson.write(event), StandardCharsets.UTF_8))
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
