package com.secutix.payments.cardvault.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.secutix.payments.cardvault.card.application.Cards;
import com.secutix.payments.cardvault.card.domain.CardBrand;
import com.secutix.payments.cardvault.card.domain.CardDetails;
import com.secutix.payments.cardvault.card.domain.CardExpiry;
import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.MaskedNumber;
import com.secutix.payments.cardvault.card.domain.PspAlias;
import com.secutix.payments.cardvault.card.domain.SalesChannel;
import com.secutix.payments.cardvault.card.domain.SavedCard;
import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.events.EventCatalogue;
import com.secutix.payments.events.EventJson;
import com.secutix.payments.events.Topics;
import com.secutix.payments.events.card.v1.CardDeleted;
import com.secutix.payments.events.card.v1.CardUpdated;
import com.secutix.payments.events.cardentry.v1.SavedCardDetailsConfirmed;
import com.secutix.payments.testsupport.CardDataScanner;
import com.secutix.payments.testsupport.Fixtures;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.SharedKafka;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import com.secutix.payments.testsupport.TopicReader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Deleting a saved card ({@code DELETE /customers/{customerId}/cards/{cardId}}, {@code CardDeleted}) and applying
 * the details the PSP confirmed ({@code SavedCardDetailsConfirmed} in, {@code CardUpdated} out), on the real
 * embedded Kafka and PostgreSQL.
 */
@PlatformIntegrationTest
class SavedCardChangesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String GATEWAY = "/secutix/payments/payment-gateway-service";

    private static KafkaProducer<String, byte[]> producer;

    @LocalServerPort
    int port;
    @Autowired
    Cards cards;

    WebTestClient web;
    String customerId;
    SavedCard card;

    @BeforeAll
    static void connect() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    @AfterAll
    static void disconnect() {
        producer.close();
    }

    @BeforeEach
    void aCustomerWithASavedCard() {
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        customerId = Fixtures.anyCustomerId();
        card = new SavedCard(new CardId(UUID.randomUUID()), new CardOwner(Tenants.DEMO, customerId),
                new PspAlias("ALIAS-" + UUID.randomUUID()),
                new CardDetails(new CardBrand("VISA"), new MaskedNumber("XXXXXXXXXXXX1111"),
                        new CardExpiry(YearMonth.of(2030, 12)), "Alice Martin"),
                SalesChannel.WEB, Instant.now().truncatedTo(ChronoUnit.MICROS));
        assertThat(cards.addAbsent(List.of(card)).collectList().block()).containsExactly(card.id());
    }

    @Test
    void the_customer_deletes_their_card_204_and_card_deleted_without_alias_is_on_the_card_topic() {
        delete(customerId, card.id().value(), TestTokens.customer(Tenants.DEMO, customerId))
                .expectStatus().isNoContent()
                .expectBody().isEmpty();

        assertThat(cardsOf(customerId)).isEmpty();
        ConsumerRecord<String, byte[]> record = await().atMost(PATIENCE)
                .until(() -> cardDeletedRecordsOf(card.id().value()), found -> !found.isEmpty()).get(0);
        assertThat(record.key()).isEqualTo(card.id().toString());
        assertThat(TopicReader.headerAsString(record, CloudEventHeaders.SOURCE))
                .isEqualTo("/secutix/payments/card-vault-service");
        CardDeleted deleted = EventJson.read(record.value(), CardDeleted.class);
        assertThat(deleted.reason()).isEqualTo(CardDeleted.Reason.CUSTOMER_REQUEST);
        assertThat(deleted.deletedBy()).isEqualTo(customerId);
        assertThat(deleted.customerId()).isEqualTo(customerId);
        assertThat(deleted.card()).isEqualTo(new CardSummary("VISA", "XXXXXXXXXXXX1111", "12/30", "Alice Martin"));
        String value = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(value).doesNotContain(card.alias().value()).doesNotContainIgnoringCase("alias");
        assertThat(CardDataScanner.scan(Topics.CARDS, value)).isEmpty();
    }

    @Test
    void an_operator_of_the_tenant_deletes_a_customers_card_as_an_operator_request() {
        delete(customerId, card.id().value(), TestTokens.operator(Tenants.DEMO)).expectStatus().isNoContent();

        CardDeleted deleted = EventJson.read(await().atMost(PATIENCE)
                .until(() -> cardDeletedRecordsOf(card.id().value()), found -> !found.isEmpty()).get(0).value(), CardDeleted.class);
        assertThat(deleted.reason()).isEqualTo(CardDeleted.Reason.OPERATOR_REQUEST);
    }

    @Test
    void another_customer_another_tenant_a_terminal_or_an_unknown_card_get_404_and_nothing_changes() {
        List<WebTestClient.ResponseSpec> refused = List.of(
                delete(customerId, card.id().value(), TestTokens.customer(Tenants.DEMO, "someone-else")),
                delete("someone-else", card.id().value(), TestTokens.customer(Tenants.DEMO, "someone-else")),
                delete(customerId, card.id().value(), TestTokens.operator(Tenants.OTHER)),
                delete(customerId, card.id().value(), TestTokens.customer(Tenants.OTHER, customerId)),
                delete(customerId, card.id().value(), TestTokens.boxOffice(Tenants.DEMO)),
                delete(customerId, card.id().value(), TestTokens.salesSystem(Tenants.DEMO)),
                delete(customerId, UUID.randomUUID(), TestTokens.customer(Tenants.DEMO, customerId)));

        refused.forEach(answer -> answer.expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404));

        assertThat(cardsOf(customerId)).extracting(SavedCard::id).containsExactly(card.id());
        assertThat(cardDeletedRecordsOf(card.id().value())).isEmpty();
    }

    @Test
    void confirmed_details_from_the_gateway_update_the_card_and_publish_card_updated_once() {
        CardSummary renewed = new CardSummary("VISA", "XXXXXXXXXXXX1111", "03/32", "Alice Martin-Dubois");
        SavedCardDetailsConfirmed confirmed = new SavedCardDetailsConfirmed(Tenants.DEMO, card.id().value(), customerId,
                renewed, "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 25).toUpperCase(), Instant.now());
        String eventId = UUID.randomUUID().toString();

        send(confirmed, eventId, GATEWAY, Tenants.DEMO);
        send(confirmed, eventId, GATEWAY, Tenants.DEMO);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(cardsOf(customerId)).singleElement().satisfies(stored -> {
            assertThat(stored.details().expiry().toMmYy()).isEqualTo("03/32");
            assertThat(stored.details().holderName()).isEqualTo("Alice Martin-Dubois");
            assertThat(stored.alias()).isEqualTo(card.alias());
        }));
        List<ConsumerRecord<String, byte[]>> updated = await().atMost(PATIENCE)
                .until(() -> recordsOf(EventCatalogue.CARD_UPDATED.name(), card.id().value()), found -> !found.isEmpty());
        await().during(Duration.ofMillis(500)).atMost(PATIENCE)
                .until(() -> recordsOf(EventCatalogue.CARD_UPDATED.name(), card.id().value()).size() == 1);
        CardUpdated event = EventJson.read(updated.get(0).value(), CardUpdated.class);
        assertThat(event.card()).isEqualTo(renewed);
        assertThat(event.channel()).isEqualTo("WEB");
        assertThat(new String(updated.get(0).value(), StandardCharsets.UTF_8)).doesNotContain(card.alias().value());
    }

    @Test
    void confirmed_details_not_from_the_gateway_or_for_another_customer_change_nothing() {
        CardSummary forged = new CardSummary("VISA", "XXXXXXXXXXXX1111", "01/35", "Mallory");
        send(new SavedCardDetailsConfirmed(Tenants.DEMO, card.id().value(), customerId, forged, "CFORGED", Instant.now()),
                UUID.randomUUID().toString(), "/secutix/payments/checkout-bff", Tenants.DEMO);
        send(new SavedCardDetailsConfirmed(Tenants.DEMO, card.id().value(), "someone-else", forged, "CFORGED2", Instant.now()),
                UUID.randomUUID().toString(), GATEWAY, Tenants.DEMO);

        await().atMost(PATIENCE).until(() -> TopicReader.readAll(Topics.deadLetterOf(Topics.CARD_ENTRIES)).stream()
                .anyMatch(record -> card.id().toString().equals(record.key())));
        await().during(Duration.ofMillis(500)).atMost(PATIENCE).untilAsserted(() ->
                assertThat(cardsOf(customerId)).singleElement().satisfies(stored ->
                        assertThat(stored.details().expiry().toMmYy()).isEqualTo("12/30")));
        assertThat(recordsOf(EventCatalogue.CARD_UPDATED.name(), card.id().value())).isEmpty();
    }

    private WebTestClient.ResponseSpec delete(String customer, UUID cardId, String token) {
        return web.delete().uri("/customers/{customerId}/cards/{cardId}", customer, cardId)
                .headers(headers -> headers.setBearerAuth(token))
                .exchange();
    }

    private List<SavedCard> cardsOf(String customer) {
        return cards.of(new CardOwner(Tenants.DEMO, customer)).collectList().block();
    }

    private static List<ConsumerRecord<String, byte[]>> cardDeletedRecordsOf(UUID cardId) {
        return recordsOf(EventCatalogue.CARD_DELETED.name(), cardId);
    }

    private static List<ConsumerRecord<String, byte[]>> recordsOf(String type, UUID cardId) {
        return TopicReader.readAll(Topics.CARDS).stream()
                .filter(record -> cardId.toString().equals(record.key()))
                .filter(record -> type.equals(TopicReader.headerAsString(record, CloudEventHeaders.TYPE)))
                .toList();
    }

    private static void send(SavedCardDetailsConfirmed event, String eventId, String source, String tenantHeader) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0));
        headers.add(CloudEventHeaders.ID, bytes(eventId));
        headers.add(CloudEventHeaders.TYPE, bytes(EventCatalogue.SAVED_CARD_DETAILS_CONFIRMED.name()));
        headers.add(CloudEventHeaders.SOURCE, bytes(source));
        headers.add(CloudEventHeaders.TIME, bytes(Instant.now().toString()));
        headers.add(CloudEventHeaders.SUBJECT, bytes(event.aggregateId()));
        headers.add(CloudEventHeaders.TENANT_ID, bytes(tenantHeader));
        headers.add(CloudEventHeaders.CORRELATION_ID, bytes("correlation-" + eventId));
        headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
        try {
            producer.send(new ProducerRecord<>(Topics.CARD_ENTRIES, 0, event.aggregateId(), EventJson.write(event), headers)).get();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
