package com.secutix.payments.cardvault.card;

import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.events.EventCatalogue;
import com.secutix.payments.events.EventJson;
import com.secutix.payments.events.Topics;
import com.secutix.payments.events.payment.v1.PaymentCaptured;
import com.secutix.payments.testsupport.SharedKafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes payment events on {@code payments.payment.v1} as the payment gateway does (CloudEvents
 * binary headers, JSON value), or raw bytes. Every record goes to partition 0, so the consumer sees
 * them in the order sent: a test can send a last "marker" event and wait for it alone.
 */
public final class PaymentEventsProducer implements AutoCloseable {

    private static final int PARTITION = 0;
    private static final String GATEWAY = "/secutix/payments/payment-gateway-service";

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));

    /** Sends the event with a new event id; returns that id. */
    public String send(PaymentCaptured event) {
        return send(event, UUID.randomUUID().toString());
    }

    /** Sends the event under the given event id (the same id again is a redelivery). */
    public String send(PaymentCaptured event, String eventId) {
        return send(EventCatalogue.PAYMENT_CAPTURED.name(), event, eventId);
    }

    /** Sends the event's JSON under another CloudEvents type, as if it were an event of that type. */
    public String sendAs(String type, PaymentCaptured event) {
        return send(type, GATEWAY, event.tenantId(), event, UUID.randomUUID().toString());
    }

    /** Sends the event as if another service than the gateway had published it ({@code ce_source}). */
    public String sendFrom(String source, PaymentCaptured event) {
        return send(EventCatalogue.PAYMENT_CAPTURED.name(), source, event.tenantId(), event, UUID.randomUUID().toString());
    }

    /** Sends the event with another tenant in its {@code ce_tenantid} header than in its payload. */
    public String sendUnderTenantHeader(String tenantId, PaymentCaptured event) {
        return send(EventCatalogue.PAYMENT_CAPTURED.name(), GATEWAY, tenantId, event, UUID.randomUUID().toString());
    }

    private String send(String type, PaymentCaptured event, String eventId) {
        return send(type, GATEWAY, event.tenantId(), event, eventId);
    }

    /** The record the gateway would publish for the event, under a new event id, to send with {@link #sendTogether}. */
    public ProducerRecord<String, byte[]> recordOf(PaymentCaptured event) {
        return recordOf(event, UUID.randomUUID().toString());
    }

    /** The record the gateway would publish for the event under the given event id. */
    public ProducerRecord<String, byte[]> recordOf(PaymentCaptured event, String eventId) {
        return record(EventCatalogue.PAYMENT_CAPTURED.name(), GATEWAY, event.tenantId(), event, eventId);
    }

    /** The record of the event with another tenant in its {@code ce_tenantid} header than in its payload. */
    public ProducerRecord<String, byte[]> recordUnderTenantHeader(String tenantId, PaymentCaptured event) {
        return record(EventCatalogue.PAYMENT_CAPTURED.name(), GATEWAY, tenantId, event, UUID.randomUUID().toString());
    }

    /** Bytes without any header, as a misbehaving producer would send them. */
    public ProducerRecord<String, byte[]> rawRecord(String key, byte[] value) {
        return new ProducerRecord<>(Topics.PAYMENTS, PARTITION, key, value);
    }

    /**
     * Sends the records in one request to the broker, which appends them to the partition at once: the
     * consumer's next poll gets them together, as one batch (at most {@code payments.kafka.batch.max-records}).
     */
    public void sendTogether(List<ProducerRecord<String, byte[]>> records) {
        List<Future<RecordMetadata>> sent = records.stream().map(producer::send).toList();
        producer.flush();
        sent.forEach(PaymentEventsProducer::await);
    }

    private String send(String type, String source, String tenantId, PaymentCaptured event, String eventId) {
        sendRecord(record(type, source, tenantId, event, eventId));
        return eventId;
    }

    private ProducerRecord<String, byte[]> record(String type, String source, String tenantId, PaymentCaptured event,
                                                  String eventId) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, eventId);
        header(headers, CloudEventHeaders.TYPE, type);
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TIME, Instant.now().toString());
        header(headers, CloudEventHeaders.SUBJECT, event.aggregateId());
        header(headers, CloudEventHeaders.TENANT_ID, tenantId);
        header(headers, CloudEventHeaders.CORRELATION_ID, "correlation-" + event.paymentId());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>(Topics.PAYMENTS, PARTITION, event.aggregateId(), EventJson.write(event), headers);
    }

    /** Sends bytes without any header, as a misbehaving producer would. */
    public void sendRaw(String key, byte[] value) {
        sendRecord(rawRecord(key, value));
    }

    private void sendRecord(ProducerRecord<String, byte[]> record) {
        await(producer.send(record));
    }

    private static void await(Future<RecordMetadata> sending) {
        try {
            sending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish to " + Topics.PAYMENTS, e.getCause());
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
