package com.secutix.payments.gateway;

import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.events.EventCatalogue;
import com.secutix.payments.events.EventJson;
import com.secutix.payments.events.Money;
import com.secutix.payments.events.PlatformEvent;
import com.secutix.payments.events.Topics;
import com.secutix.payments.events.card.v1.CardDeleted;
import com.secutix.payments.events.card.v1.CardPolicyChanged;
import com.secutix.payments.events.card.v1.CardUpdated;
import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.platform.secrets.LocalDemoSecrets;
import com.secutix.payments.testsupport.SharedKafka;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes card events on {@code payments.card.v1} as the card vault does (CloudEvents binary headers, JSON
 * value), or raw bytes. Every record goes to partition 0, so the gateway sees them in the order sent: a test can
 * send a last "marker" card and wait for it alone.
 */
public final class CardEventsProducer implements AutoCloseable {

    /** The {@code ce_source} of the card vault, the only publisher of {@code CardSaved}. */
    public static final String CARD_VAULT = "/secutix/payments/card-vault-service";

    private static final int PARTITION = 0;

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));

    /**
     * A card the vault saved for the customer: MasterCard XXXXXXXXXXXX4444, 01/31, "Alice Martin", under a fresh
     * card id and a fresh alias.
     */
    public static CardSaved savedCardOf(String tenantId, String customerId) {
        return savedCardOf(tenantId, customerId, "01/31");
    }

    public static CardSaved savedCardOf(String tenantId, String customerId, String expiry) {
        String alias = "VAULT" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
        return new CardSaved(tenantId, UUID.randomUUID(), customerId,
                new CardSummary("MasterCard", "XXXXXXXXXXXX4444", expiry, "Alice Martin"),
                LocalDemoSecrets.sealedAlias(tenantId, alias), "WEB", UUID.randomUUID(), Instant.parse("2026-03-14T10:15:30Z"));
    }

    /** The same card saved under another alias (sealed for its tenant, as the vault sends it). */
    public static CardSaved withTheAlias(CardSaved card, String alias) {
        return new CardSaved(card.tenantId(), card.cardId(), card.customerId(), card.card(),
                LocalDemoSecrets.sealedAlias(card.tenantId(), alias), card.channel(), card.sourcePaymentId(), card.occurredAt());
    }

    /** The alias the event carries sealed. */
    public static String aliasOf(CardSaved card) {
        return LocalDemoSecrets.openedAlias(card.tenantId(), card.sealedPspAlias());
    }

    /** Sends the event as the vault publishes it, under a new event id; returns that id. */
    public String send(CardSaved event) {
        return send(event, UUID.randomUUID().toString());
    }

    /** Sends the event under the given event id (the same id again is a redelivery). */
    public String send(CardSaved event, String eventId) {
        send(EventCatalogue.CARD_SAVED.name(), CARD_VAULT, event.tenantId(), event, eventId);
        return eventId;
    }

    /** Sends the event as if another service than the vault had published it ({@code ce_source}). */
    public void sendFrom(String source, CardSaved event) {
        send(EventCatalogue.CARD_SAVED.name(), source, event.tenantId(), event, UUID.randomUUID().toString());
    }

    /** Sends the event with another tenant in its {@code ce_tenantid} header than in its payload. */
    public void sendUnderTenantHeader(String tenantId, CardSaved event) {
        send(EventCatalogue.CARD_SAVED.name(), CARD_VAULT, tenantId, event, UUID.randomUUID().toString());
    }

    public static final CardPolicyChanged.CvvRequirement ALWAYS = new CardPolicyChanged.CvvRequirement("ALWAYS", null);
    public static final CardPolicyChanged.CvvRequirement NEVER = new CardPolicyChanged.CvvRequirement("NEVER", null);

    /** A CVV rule asking for the security code strictly above the amount (minor units of the currency). */
    public static CardPolicyChanged.CvvRequirement above(long minorUnits, String currency) {
        return new CardPolicyChanged.CvvRequirement("ABOVE_AMOUNT", Money.of(minorUnits, currency));
    }

    /** A whole policy at this version, as the vault publishes it, with the same CVV rule on every channel. */
    public static CardPolicyChanged policyOf(String tenantId, long version, CardPolicyChanged.CvvRequirement rule) {
        return policyOf(tenantId, version, Map.of("WEB", rule, "MOBILE", rule, "CALL_CENTRE", rule, "BOX_OFFICE", rule));
    }

    public static CardPolicyChanged policyOf(String tenantId, long version,
            Map<String, CardPolicyChanged.CvvRequirement> rules) {
        return new CardPolicyChanged(tenantId, version, true, 3, "REPLACE_OLDEST_CARD", rules, "admin-adam",
                Instant.parse("2026-03-14T10:15:30Z"));
    }

    /** A tenant's card policy changed, as the vault publishes it on the same topic; returns the event id. */
    public String send(CardPolicyChanged event) {
        return send(event, UUID.randomUUID().toString());
    }

    /** The policy under the given event id (the same id again is a redelivery). */
    public String send(CardPolicyChanged event, String eventId) {
        send(EventCatalogue.CARD_POLICY_CHANGED.name(), CARD_VAULT, event.tenantId(), event, eventId);
        return eventId;
    }

    /** The policy as if another service than the vault had published it ({@code ce_source}). */
    public void sendFrom(String source, CardPolicyChanged event) {
        send(EventCatalogue.CARD_POLICY_CHANGED.name(), source, event.tenantId(), event, UUID.randomUUID().toString());
    }

    /** The policy with another tenant in its {@code ce_tenantid} header than in its payload. */
    public void sendUnderTenantHeader(String tenantId, CardPolicyChanged event) {
        send(EventCatalogue.CARD_POLICY_CHANGED.name(), CARD_VAULT, tenantId, event, UUID.randomUUID().toString());
    }

    /** A card's new details as the vault publishes them, under a new event id; returns that id. */
    public String send(CardUpdated event) {
        String eventId = UUID.randomUUID().toString();
        send(EventCatalogue.CARD_UPDATED.name(), CARD_VAULT, event.tenantId(), event, eventId);
        return eventId;
    }

    /** A card deletion as the vault publishes it, under the given event id (the same id again is a redelivery). */
    public String send(CardDeleted event, String eventId) {
        send(EventCatalogue.CARD_DELETED.name(), CARD_VAULT, event.tenantId(), event, eventId);
        return eventId;
    }

    /** The deletion as if another service than the vault had published it ({@code ce_source}). */
    public void sendFrom(String source, CardDeleted event) {
        send(EventCatalogue.CARD_DELETED.name(), source, event.tenantId(), event, UUID.randomUUID().toString());
    }

    /** Bytes without any header, as a misbehaving producer would send them. */
    public void sendRaw(String key, byte[] value) {
        sendRecord(new ProducerRecord<>(Topics.CARDS, PARTITION, key, value));
    }

    private void send(String type, String source, String tenantId, PlatformEvent event, String eventId) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, eventId);
        header(headers, CloudEventHeaders.TYPE, type);
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TIME, Instant.now().toString());
        header(headers, CloudEventHeaders.SUBJECT, event.aggregateId());
        header(headers, CloudEventHeaders.TENANT_ID, tenantId);
        header(headers, CloudEventHeaders.CORRELATION_ID, "correlation-" + event.aggregateId());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        sendRecord(new ProducerRecord<>(Topics.CARDS, PARTITION, event.aggregateId(), EventJson.write(event), headers));
    }

    private void sendRecord(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish to " + Topics.CARDS, e.getCause());
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
