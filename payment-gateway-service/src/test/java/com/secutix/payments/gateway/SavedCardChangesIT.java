package com.secutix.payments.gateway;

import static com.secutix.payments.gateway.CardEventsProducer.aliasOf;
import static com.secutix.payments.gateway.CardEventsProducer.savedCardOf;
import static com.secutix.payments.gateway.CardEventsProducer.withTheAlias;
import static com.secutix.payments.gateway.OgoneStub.status;
import static com.secutix.payments.gateway.PaymentRequests.anyKey;
import static com.secutix.payments.gateway.PaymentRequests.counterSaleFor;
import static com.secutix.payments.gateway.PaymentRequests.counterSaleWithSavedCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.events.Topics;
import com.secutix.payments.events.card.v1.CardDeleted;
import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.events.card.v1.CardUpdated;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import com.secutix.payments.testsupport.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The vault's {@code CardUpdated} and {@code CardDeleted} on {@code payments.card.v1}, on the real embedded Kafka and
 * PostgreSQL: an updated card pays with its new details; a deleted card is removed and neither its id nor its alias
 * pays again (422 {@code card-deleted}, nothing stored, nothing sent to the PSP); a deletion redelivered or not
 * from the vault changes nothing more.
 */
class SavedCardChangesIT extends GatewayIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CARD_DELETED_TYPE = "https://payments.secutix.com/problems/card-deleted";

    private static CardEventsProducer vault;

    private final OgoneStub psp = new OgoneStub(ogone);
    private final String alice = "alice-" + UUID.randomUUID();
    private final String boxOffice = TestTokens.boxOffice(Tenants.DEMO);

    @BeforeAll
    static void connect() {
        vault = new CardEventsProducer();
    }

    @AfterAll
    static void disconnect() {
        vault.close();
    }

    @BeforeEach
    void thePspApprovesEverything() {
        psp.orderAnswers(status(9, "3020001"));
    }

    @Test
    void an_updated_card_pays_with_its_new_expiry_and_holder() {
        CardSaved card = theVaultSaved(savedCardOf(Tenants.DEMO, alice));

        vault.send(new CardUpdated(Tenants.DEMO, card.cardId(), alice,
                new CardSummary("MasterCard", "XXXXXXXXXXXX4444", "06/33", "Alice Martin-Dubois"), "WEB", Instant.now()));

        await().atMost(PATIENCE).until(() -> count("select count(*) from saved_cards where card_id = :id"
                + " and card_expiry = '06/33' and card_holder_name = 'Alice Martin-Dubois'", Map.of("id", card.cardId())) == 1);
        pay(counterSaleWithSavedCard(alice, card.cardId()))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.card.expiry").isEqualTo("06/33")
                .jsonPath("$.card.holderName").isEqualTo("Alice Martin-Dubois");
        assertThat(psp.orderRequests()).singleElement().satisfies(order -> assertThat(order)
                .containsEntry("ALIAS", aliasOf(card)).containsEntry("CN", "Alice Martin-Dubois"));
    }

    @Test
    void a_deleted_card_is_removed_and_paying_by_its_id_or_its_alias_is_refused_with_nothing_sent() {
        CardSaved card = theVaultSaved(savedWithTheAliasOf(cardOnFile(Tenants.DEMO, alice, "01/31")));
        String eventId = UUID.randomUUID().toString();

        vault.send(deletionOf(card), eventId);
        vault.send(deletionOf(card), eventId);

        await().atMost(PATIENCE).until(() -> deletedRows(card) == 1 && keptRows(card) == 0);
        assertThat(count("select count(*) from deleted_saved_cards where card_id = :id and alias_digest is not null"
                + " and reason = 'CUSTOMER_REQUEST'", Map.of("id", card.cardId()))).isEqualTo(1);
        assertThat(count("select count(*) from deleted_saved_cards where alias_digest = :alias",
                Map.of("alias", aliasOf(card)))).as("the alias itself is never stored").isZero();

        Map<String, Object> byId = counterSaleWithSavedCard(alice, card.cardId());
        Map<String, Object> byAlias = counterSaleFor(alice, aliasOf(card));
        for (Map<String, Object> body : java.util.List.of(byId, byAlias)) {
            pay(body).expectStatus().isEqualTo(422)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo(CARD_DELETED_TYPE)
                    .jsonPath("$.title").isEqualTo("The card was deleted")
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .contains("deleted").doesNotContain(aliasOf(card)));
            assertThat(paymentsOfOrder((String) body.get("orderReference"))).as("payments stored").isZero();
        }
        assertThat(psp.orders()).as("orders sent to the PSP").isZero();
        http.post().uri("/card-entry/forms").headers(headers -> headers.setBearerAuth(boxOffice))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("orderReference", "ORD-" + UUID.randomUUID(), "customerId", alice,
                        "acceptUrl", "https://shop.example/card/accept",
                        "exceptionUrl", "https://shop.example/card/exception", "alias", aliasOf(card)))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void a_deletion_not_published_by_the_vault_is_dead_lettered_and_the_card_still_pays() {
        CardSaved card = theVaultSaved(savedCardOf(Tenants.DEMO, alice));

        vault.sendFrom("/secutix/payments/checkout-bff", deletionOf(card));

        await().atMost(PATIENCE).until(() -> TopicReader.readAll(Topics.deadLetterOf(Topics.CARDS)).stream()
                .anyMatch(record -> card.aggregateId().equals(record.key()) && TopicReader.headerAsString(record,
                        CloudEventHeaders.DEAD_LETTER_REASON).contains("only " + CardEventsProducer.CARD_VAULT)));
        assertThat(keptRows(card)).isEqualTo(1);
        assertThat(deletedRows(card)).isZero();
        pay(counterSaleWithSavedCard(alice, card.cardId())).expectStatus().isCreated();
    }

    @Test
    void a_card_deleted_before_the_gateway_kept_it_is_still_refused_by_its_id() {
        CardSaved neverKept = savedCardOf(Tenants.DEMO, alice);

        vault.send(deletionOf(neverKept), UUID.randomUUID().toString());

        await().atMost(PATIENCE).until(() -> deletedRows(neverKept) == 1);
        pay(counterSaleWithSavedCard(alice, neverKept.cardId())).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo(CARD_DELETED_TYPE);
        assertThat(psp.orders()).isZero();
    }

    /** A card the vault saved from the alias card entry registered for alice (as a payment asking to save it does). */
    private CardSaved savedWithTheAliasOf(String alias) {
        return withTheAlias(savedCardOf(Tenants.DEMO, alice), alias);
    }

    private static CardDeleted deletionOf(CardSaved card) {
        return new CardDeleted(card.tenantId(), card.cardId(), card.customerId(), card.card(), card.channel(),
                CardDeleted.Reason.CUSTOMER_REQUEST, card.customerId(), Instant.now());
    }

    private WebTestClient.ResponseSpec pay(Map<String, Object> body) {
        return http.post().uri("/payments")
                .headers(headers -> {
                    headers.setBearerAuth(boxOffice);
                    headers.set("Idempotency-Key", anyKey());
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private CardSaved theVaultSaved(CardSaved card) {
        vault.send(card);
        await().atMost(PATIENCE).until(() -> keptRows(card) == 1);
        return card;
    }

    private long keptRows(CardSaved card) {
        return count("select count(*) from saved_cards where card_id = :id", Map.of("id", card.cardId()));
    }

    private long deletedRows(CardSaved card) {
        return count("select count(*) from deleted_saved_cards where card_id = :id", Map.of("id", card.cardId()));
    }
}
