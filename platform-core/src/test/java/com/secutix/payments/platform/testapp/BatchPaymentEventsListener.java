package com.secutix.payments.platform.testapp;

import com.secutix.payments.events.PlatformEvent;
import com.secutix.payments.events.Topics;
import com.secutix.payments.platform.kafka.EventBatches;
import com.secutix.payments.platform.kafka.IncomingEvent;
import com.secutix.payments.platform.kafka.IncomingEvents;
import com.secutix.payments.platform.kafka.PlatformKafkaAutoConfiguration;
import com.secutix.payments.platform.kafka.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Records one effect per payment event, a poll's records in one transaction, de-duplicated by event id. */
@Component
class BatchPaymentEventsListener {

    static final String CONSUMER = "platform-test-batch-listener";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ProcessedEvents processedEvents;
    private final DatabaseClient database;

    BatchPaymentEventsListener(ProcessedEvents processedEvents, DatabaseClient database) {
        this.processedEvents = processedEvents;
        this.database = database;
    }

    @KafkaListener(topics = Topics.PAYMENTS, groupId = CONSUMER,
            containerFactory = PlatformKafkaAutoConfiguration.BATCH_LISTENER_FACTORY)
    void on(List<ConsumerRecord<String, byte[]>> records) {
        EventBatches.handle(records, record -> Optional.of(IncomingEvents.parse(record)), this::recordEffects, TIMEOUT);
    }

    private Mono<List<IncomingEvent<?>>> recordEffects(List<IncomingEvent<?>> events) {
        return processedEvents.handleEachOnce(CONSUMER, events, event -> event.metadata().id(),
                fresh -> Flux.fromIterable(fresh).concatMap(this::recordEffect).then());
    }

    private Mono<Void> recordEffect(IncomingEvent<?> event) {
        return database.sql("insert into test_batch_effects (event_id, payment_id) values (:eventId, :paymentId)")
                .bind("eventId", event.metadata().id())
                .bind("paymentId", ((PlatformEvent) event.payload()).aggregateId())
                .then();
    }
}
