package com.secutix.payments.platform.kafka;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Gives each event one effect per consumer, however often it is delivered: the event id is inserted
 * into {@code processed_events} first, in the same transaction as the effect. A second delivery finds
 * the id (or waits for the first transaction, then finds it) and skips the effect.
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
}
