package com.secutix.payments.platform.kafka;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gives each event one effect per consumer, however often it is delivered: the event id is inserted
 * into {@code processed_events} first, in the same transaction as the effect. A second delivery finds
 * the id (or waits for the first transaction, then finds it) and skips the effect.
 * <p>
 * {@link #handleOnce} is for one event per transaction; {@link #handleEachOnce} records the ids of a whole
 * batch of events in one statement and runs one effect for the new ones, in one transaction (the way a
 * batch listener uses it, see {@link EventBatches}).
 */
public class ProcessedEvents {

    private final DatabaseClient database;
    private final TransactionalOperator transactions;
    private final Clock clock;

    public ProcessedEvents(DatabaseClient database, TransactionalOperator transactions, Clock clock) {
        this.database = database;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Runs {@code effect} unless {@code consumer} already handled {@code eventId}; emits {@code true}
     * when the effect ran (and committed), {@code false} for a duplicate. A failing effect rolls back
     * the record of the event, so a redelivery tries again.
     */
    public <T> Mono<Boolean> handleOnce(String consumer, String eventId, Mono<T> effect) {
        Mono<Boolean> once = database.sql("""
                        insert into processed_events (consumer, event_id, processed_at)
                        values (:consumer, :eventId, :now)
                        on conflict (consumer, event_id) do nothing
                        """)
                .bind("consumer", consumer)
                .bind("eventId", eventId)
                .bind("now", clock.instant().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .flatMap(inserted -> inserted == 1 ? effect.then(Mono.just(true)) : Mono.just(false));
        return transactions.transactional(once);
    }

    /**
     * Runs {@code effect} once with the events of {@code events} that {@code consumer} has not handled yet,
     * and records every one of their ids, in one transaction; emits the events the effect ran for (none
     * for a batch redelivered whole). The ids are recorded by one statement ({@code insert ... on conflict
     * do nothing returning event_id}, in id order, so two transactions recording the same ids cannot
     * deadlock); an id given twice in {@code events} counts once, for its first event. A failing effect rolls
     * back the record of every id, so a redelivery tries the whole batch again.
     */
    public <T> Mono<List<T>> handleEachOnce(String consumer, List<T> events, Function<T, String> eventId,
                                            Function<List<T>, Mono<Void>> effect) {
        Mono<List<T>> once = Mono.defer(() -> {
            Map<String, T> byId = new LinkedHashMap<>();
            events.forEach(event -> byId.putIfAbsent(eventId.apply(event), event));
            if (byId.isEmpty()) {
                return Mono.just(List.<T>of());
            }
            return database.sql("""
                            insert into processed_events (consumer, event_id, processed_at)
                            select :consumer, event_id, :now from unnest(cast(:eventIds as varchar[])) as event_id
                            on conflict (consumer, event_id) do nothing
                            returning event_id
                            """)
                    .bind("consumer", consumer)
                    .bind("eventIds", byId.keySet().stream().sorted().toArray(String[]::new))
                    .bind("now", clock.instant().atOffset(ZoneOffset.UTC))
                    .map(row -> row.get("event_id", String.class))
                    .all()
                    .collect(Collectors.toSet())
                    .flatMap(firstTime -> {
                        List<T> fresh = firstDeliveries(byId, firstTime);
                        return fresh.isEmpty() ? Mono.just(fresh) : effect.apply(fresh).thenReturn(fresh);
                    });
        });
        return transactions.transactional(once);
    }

    private static <T> List<T> firstDeliveries(Map<String, T> byId, Set<String> firstTime) {
        return byId.entrySet().stream()
                .filter(entry -> firstTime.contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .toList();
    }
}
