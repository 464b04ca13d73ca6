package com.secutix.payments.gateway;

import static com.secutix.payments.gateway.CardEventsProducer.aliasOf;
import static com.secutix.payments.gateway.CardEventsProducer.savedCardOf;
import static com.secutix.payments.gateway.CardEventsProducer.withTheAlias;
import static com.secutix.payments.gateway.OgoneStub.status;
import static com.secutix.payments.gateway.PaymentRequests.anyKey;
import static com.secutix.payments.gateway.PaymentRequests.counterSaleWithSavedCard;
import static com.secutix.payments.gateway.PaymentRequests.saleWithSavedCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.events.EventJson;
import com.secutix.payments.events.Topics;
import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.platform.secrets.LocalDemoSecrets;
import com.secutix.payments.events.payment.v1.PaymentCaptured;
import com.secutix.payments.gateway.savedcard.application.KeepCardEvents;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import com.secutix.payments.testsupport.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A card the vault saved is paid by its id: the gateway keeps every {@code CardSaved} of
 * {@code payments.card.v1} (once, whatever is redelivered), and a payment naming a card id charges that card's
 * alias, never seen by the caller, only for the customer and the tenant it was saved for. Any other card id is
 * a 404, with nothing stored and nothing sent to the PSP.
 */
class SavedCardPaymentsIT extends GatewayIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How long a count must stay the same to count as final. */
    private static final Duration STILL = Duration.ofMillis(500);
    private static final String NO_SUCH_SAVED_CARD = "The customer has no saved card with this id.";

    private static CardEventsProducer vault;

    private final OgoneStub psp = new OgoneStub(ogone);
    private final String alice = "alice-" + UUID.randomUUID();
    private final String bob = "bob-" + UUID.randomUUID();
    private final String salesSystem = TestTokens.salesSystem(Tenants.DEMO);

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
    void alice_pays_with_the_card_the_vault_saved_for_her_by_its_id_and_sees_its_masked_number() {
        CardSaved card = theVaultSaved(savedCardOf(Tenants.DEMO, alice));
        cvvEnteredFor(Tenants.DEMO, alice, card.cardId());

        Map<String, Object> payment = pay(salesSystem, anyKey(), saleWithSavedCard(alice, card.cardId()))
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(payment).containsEntry("state", "CAPTURED").containsEntry("customerId", alice)
                .doesNotContainKey("alias").doesNotContainKey("cardId");
        assertThat(payment.get("card")).isEqualTo(Map.of("brand", "MasterCard", "maskedNumber", "XXXXXXXXXXXX4444",
                "expiry", "01/31", "holderName", "Alice Martin"));
        assertThat(payment.toString()).doesNotContain(aliasOf(card));
        assertThat(psp.orderRequests()).singleElement().satisfies(order -> assertThat(order)
                .containsEntry("ALIAS", aliasOf(card)).containsEntry("CN", "Alice Martin"));
        PaymentCaptured captured = awaitPublished((String) payment.get("id"));
        assertThat(captured.card().maskedNumber()).isEqualTo("XXXXXXXXXXXX4444");
        assertThat(LocalDemoSecrets.openedAlias(captured.tenantId(), captured.sealedPspAlias())).isEqualTo(aliasOf(card));
        assertThat(captured.sealedPspAlias()).doesNotContain(aliasOf(card));
    }

    @Test
    void a_box_office_pays_with_the_saved_card_at_the_counter() {
        CardSaved card = theVaultSaved(savedCardOf(Tenants.DEMO, alice));

        pay(TestTokens.boxOffice(Tenants.DEMO), anyKey(), counterSaleWithSavedCard(alice, card.cardId()))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.channel").isEqualTo("BOX_OFFICE")
                .jsonPath("$.card.maskedNumber").isEqualTo("XXXXXXXXXXXX4444");
    }

    @Test
    void bob_cannot_pay_with_alices_card_id() {
        CardSaved alicesCard = theVaultSaved(savedCardOf(Tenants.DEMO, alice));

        assertThat(refused(salesSystem, saleWithSavedCard(bob, alicesCard.cardId()), HttpStatus.NOT_FOUND))
                .isEqualTo(NO_SUCH_SAVED_CARD);
    }

    @Test
    void an_operator_cannot_pay_for_bob_with_alices_card_id_either() {
        CardSaved alicesCard = theVaultSaved(savedCardOf(Tenants.DEMO, alice));

        assertThat(refused(TestTokens.operator(Tenants.DEMO), counterSaleWithSavedCard(bob, alicesCard.cardId()),
                HttpStatus.NOT_FOUND)).isEqualTo(NO_SUCH_SAVED_CARD);
    }

    @Test
    void another_tenants_box_office_cannot_pay_with_alices_card_id() {
        CardSaved alicesCard = theVaultSaved(savedCardOf(Tenants.DEMO, alice));

        assertThat(refused(TestTokens.boxOffice("demo-stadium"), counterSaleWithSavedCard(alice, alicesCard.cardId()),
                HttpStatus.NOT_FOUND)).isEqualTo(NO_SUCH_SAVED_CARD);
    }

    @Test
    void a_card_saved_for_the_same_customer_id_in_another_tenant_is_not_this_tenants_customers() {
        CardSaved otherTenantsCard = theVaultSaved(savedCardOf(Tenants.OTHER, alice));

        assertThat(refused(salesSystem, saleWithSavedCard(alice, otherTenantsCard.cardId()), HttpStatus.NOT_FOUND))
                .isEqualTo(NO_SUCH_SAVED_CARD);
    }

    @Test
    void a_card_id_nobody_saved_is_not_found() {
        assertThat(refused(salesSystem, saleWithSavedCard(alice, UUID.randomUUID()), HttpStatus.NOT_FOUND))
                .isEqualTo(NO_SUCH_SAVED_CARD);
    }

    @Test
    void an_alias_and_a_card_id_together_are_refused_naming_both() {
        CardSaved card = theVaultSaved(savedCardOf(Tenants.DEMO, alice));
        Map<String, Object> body = saleWithSavedCard(alice, card.cardId());
        body.put("alias", cardOnFile(alice));

        assertThat(refused(salesSystem, body, HttpStatus.BAD_REQUEST))
                .startsWith("cardId: must not be given with alias");
    }

    @Test
    void a_payment_naming_no_card_is_refused() {
        Map<String, Object> body = saleWithSavedCard(alice, null);
        body.remove("cardId");

        assertThat(refused(salesSystem, body, HttpStatus.BAD_REQUEST))
                .startsWith("alias: is required, or cardId to pay with a saved card");
    }

    @Test
    void a_card_id_that_is_not_a_uuid_is_refused() {
        assertThat(refused(salesSystem, saleWithSavedCard(alice, "not-a-card-id"), HttpStatus.BAD_REQUEST))
                .startsWith("cardId: must be the id of a saved card, a UUID");
    }

    @Test
    void a_saved_card_whose_expiry_month_has_passed_is_refused() {
        CardSaved expired = theVaultSaved(savedCardOf(Tenants.DEMO, alice, "01/20"));

        assertThat(refused(salesSystem, saleWithSavedCard(alice, expired.cardId()), HttpStatus.BAD_REQUEST))
                .startsWith("cardId: the card expired at the end of 01/20");
    }

    @Test
    void the_same_key_pays_once_and_with_another_saved_card_is_refused() {
        CardSaved first = theVaultSaved(savedCardOf(Tenants.DEMO, alice));
        CardSaved second = theVaultSaved(savedCardOf(Tenants.DEMO, alice));
        cvvEnteredFor(Tenants.DEMO, alice, first.cardId());
        String key = anyKey();
        Map<String, Object> body = saleWithSavedCard(alice, first.cardId());

        String paid = idOf(pay(salesSystem, key, body).expectStatus().isCreated());
        String replayed = idOf(pay(salesSystem, key, body).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true"));
        body.put("cardId", second.cardId());
        pay(salesSystem, key, body).expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);

        assertThat(replayed).isEqualTo(paid);
        assertThat(psp.orders()).isEqualTo(1);
        assertThat(paymentsOfOrder((String) body.get("orderReference"))).isEqualTo(1);
    }

    @Test
    void the_same_card_saved_delivered_twice_is_kept_once() {
        CardSaved card = savedCardOf(Tenants.DEMO, alice);

        String eventId = vault.send(card);
        vault.send(card, eventId);
        vault.send(card);
        awaitKept(sendMarker());

        await().during(STILL).atMost(PATIENCE).until(() -> rowsOf(card) == 1);
        assertThat(count("select count(*) from processed_events where consumer = :consumer and event_id = :id",
                Map.of("consumer", KeepCardEvents.CONSUMER, "id", eventId))).isEqualTo(1);
    }

    @Test
    void a_card_policy_change_on_the_card_topic_is_kept_and_the_cards_after_it_too() {
        String tenant = "tenant-" + UUID.randomUUID();

        vault.send(CardEventsProducer.policyOf(tenant, 1, CardEventsProducer.NEVER));
        awaitKept(sendMarker());

        assertThat(deadLettersWithKey(tenant)).isEmpty();
        assertThat(count("select count(*) from card_policies where tenant_id = :tenant", Map.of("tenant", tenant)))
                .isEqualTo(1);
    }

    @Test
    void a_poison_record_is_dead_lettered_with_its_reason_and_the_next_card_is_kept() {
        String poisonKey = "poison-" + UUID.randomUUID();

        vault.sendRaw(poisonKey, "not an event".getBytes(StandardCharsets.UTF_8));
        CardSaved next = savedCardOf(Tenants.DEMO, alice);
        vault.send(next);

        awaitKept(next);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLettersWithKey(poisonKey)).singleElement()
                .satisfies(dead -> {
                    assertThat(TopicReader.valueAsString(dead)).isEqualTo("not an event");
                    assertThat(TopicReader.headerAsString(dead, CloudEventHeaders.DEAD_LETTER_REASON))
                            .isEqualTo("PoisonEventException: missing header ce_specversion");
                }));
    }

    @Test
    void a_card_saved_sent_by_another_service_than_the_vault_is_dead_lettered_and_cannot_be_paid() {
        CardSaved forged = savedCardOf(Tenants.DEMO, alice);

        vault.sendFrom("/secutix/payments/refund-service", forged);

        assertThat(awaitDeadLetterReasonOf(forged))
                .contains("comes from /secutix/payments/refund-service")
                .contains("only " + CardEventsProducer.CARD_VAULT + " publishes it");
        assertThat(rowsOf(forged)).isZero();
        refused(salesSystem, saleWithSavedCard(alice, forged.cardId()), HttpStatus.NOT_FOUND);
    }

    @Test
    void a_card_saved_whose_tenant_is_not_its_tenant_header_is_dead_lettered_and_not_kept() {
        CardSaved card = savedCardOf(Tenants.OTHER, alice);

        vault.sendUnderTenantHeader(Tenants.DEMO, card);

        assertThat(awaitDeadLetterReasonOf(card))
                .contains("is of tenant " + Tenants.OTHER).contains("ce_tenantid says " + Tenants.DEMO);
        assertThat(rowsOf(card)).isZero();
    }

    @Test
    void a_saved_card_no_payment_could_charge_is_dead_lettered_with_the_reason_and_not_kept() {
        CardSaved unusable = savedCardOf(Tenants.DEMO, alice);
        CardSaved withSpacesInItsAlias = withTheAlias(unusable, "an alias with spaces");

        vault.send(withSpacesInItsAlias);

        assertThat(awaitDeadLetterReasonOf(withSpacesInItsAlias))
                .contains("saved card " + unusable.cardId() + " cannot be kept").contains("PSP alias")
                .doesNotContain("an alias with spaces");
        assertThat(rowsOf(unusable)).isZero();
    }

    // --- helpers

    private WebTestClient.ResponseSpec pay(String token, String key, Map<String, Object> body) {
        return http.post().uri("/payments")
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    headers.set("Idempotency-Key", key);
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    /** The problem's detail; nothing was sent to the PSP nor stored for the order. */
    private String refused(String token, Map<String, Object> body, HttpStatus expected) {
        @SuppressWarnings("unchecked")
        Map<String, Object> problem = pay(token, anyKey(), body).expectStatus().isEqualTo(expected)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(psp.orders()).as("orders sent to the PSP").isZero();
        assertThat(paymentsOfOrder((String) body.get("orderReference"))).as("payments stored").isZero();
        return String.valueOf(problem.get("detail"));
    }

    private static String idOf(WebTestClient.ResponseSpec answer) {
        return (String) answer.expectBody(Map.class).returnResult().getResponseBody().get("id");
    }

    /** Publishes the card as the vault does and waits until the gateway keeps it. */
    private CardSaved theVaultSaved(CardSaved card) {
        vault.send(card);
        awaitKept(card);
        return card;
    }

    /** A card of a fresh customer; once it is kept, everything sent before it was handled (one partition). */
    private CardSaved sendMarker() {
        CardSaved marker = savedCardOf(Tenants.DEMO, "marker-" + UUID.randomUUID());
        vault.send(marker);
        return marker;
    }

    private void awaitKept(CardSaved card) {
        await().atMost(PATIENCE).until(() -> rowsOf(card) == 1);
    }

    private long rowsOf(CardSaved card) {
        return count("select count(*) from saved_cards where card_id = :id", Map.of("id", card.cardId()));
    }

    private PaymentCaptured awaitPublished(String paymentId) {
        await().atMost(PATIENCE).until(() -> !PaymentApiIT.eventsOf(paymentId).isEmpty());
        return EventJson.read(PaymentApiIT.eventsOf(paymentId).get(0).value(), PaymentCaptured.class);
    }

    private static String awaitDeadLetterReasonOf(CardSaved card) {
        await().atMost(PATIENCE).until(() -> deadLettersWithKey(card.aggregateId()).size() == 1);
        return TopicReader.headerAsString(deadLettersWithKey(card.aggregateId()).get(0),
                CloudEventHeaders.DEAD_LETTER_REASON);
    }

    private static List<ConsumerRecord<String, byte[]>> deadLettersWithKey(String key) {
        return TopicReader.readAll(Topics.deadLetterOf(Topics.CARDS)).stream()
                .filter(record -> key.equals(record.key()))
                .toList();
    }
}
