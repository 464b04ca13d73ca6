package com.secutix.payments.platform.testapp;

import com.secutix.payments.events.PlatformEvent;
import com.secutix.payments.events.Topics;
import com.secutix.payments.platform.kafka.IncomingEvent;
import com.secutix.payments.platform.kafka.IncomingEvents;
import com.secutix.payments.platform.kafka.ProcessedEvents;
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

    PaymentEventsListener(ProcessedEvents processedEvents, DatabaseClient database) {
        this.processedEvents = processedEvents;
        this.database = database;
    }

    @KafkaListener(topics = Topics.PAYMENTS, groupId = CONSUMER)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent<?> event = IncomingEvents.parse(record);
        String aggregateId = ((PlatformEvent) event.payload()).aggregateId();
        processedEvents.handleOnce(CONSUMER, event.metadata().id(),
                        database.sql("insert into test_effects (event_id, payment_id) values (:eventId, :paymentId)")
                                .bind("eventId", event.metadata().id())
                                .bind("paymentId", aggregateId)
                                .then())
                .block();
    }
}
