package com.secutix.payments.platform.testapp;

import com.secutix.payments.events.PlatformEvent;
import com.secutix.payments.events.Topics;
import com.secutix.payments.platform.kafka.IncomingEvent;
import com.secutix.payments.platform.kafka.IncomingEvents;
import com.secutix.payments.platform.kafka.ProcessedEvents;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Records one effect per payment event, de-duplicated by event id. */
@Component
class PaymentEventsListener {

    static final String CONSUMER = "platform-test-listener";

    private final ProcessedEvents processedEvents;
    private final DatabaseClient database;
    private final Tracer tracer;
    private final ConsumedTraces consumedTraces;

    PaymentEventsListener(ProcessedEvents processedEvents, DatabaseClient database, Tracer tracer,
                          ConsumedTraces consumedTraces) {
        this.processedEvents = processedEvents;
        this.database = database;
        this.tracer = tracer;
        this.consumedTraces = consumedTraces;
    }

    @KafkaListener(topics = Topics.PAYMENTS, groupId = CONSUMER)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent<?> event = IncomingEvents.parse(record);
        String aggregateId = ((PlatformEvent) event.payload()).aggregateId();
        Span listenerSpan = tracer.currentSpan();
        if (listenerSpan != null) {
            consumedTraces.record(aggregateId, listenerSpan.context().traceId());
        }
        processedEvents.handleOnce(CONSUMER, event.metadata().id(),
                        database.sql("insert into test_effects (event_id, payment_id) values (:eventId, :paymentId)")
                                .bind("eventId", event.metadata().id())
                                .bind("paymentId", aggregateId)
                                .then())
                .block();
    }
}
