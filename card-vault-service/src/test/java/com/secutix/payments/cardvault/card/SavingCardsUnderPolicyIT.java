package com.secutix.payments.cardvault.card;

import static com.secutix.payments.cardvault.card.CapturedPayments.aliasOf;

import static com.secutix.payments.cardvault.card.CapturedPayments.aCapturedPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.secutix.payments.cardvault.card.application.Cards;
import com.secutix.payments.cardvault.card.application.SaveCard;
import com.secutix.payments.cardvault.card.application.SaveCardCommand;
import com.secutix.payments.cardvault.card.domain.CardBrand;
import com.secutix.payments.cardvault.card.domain.CardDetails;
import com.secutix.payments.cardvault.card.domain.CardExpiry;
import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.MaskedNumber;
import com.secutix.payments.cardvault.card.domain.PspAlias;
import com.secutix.payments.cardvault.card.domain.SalesChannel;
import com.secutix.payments.cardvault.card.domain.SavedCard;
import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.events.EventCatalogue;
import com.secutix.payments.events.EventJson;
import com.secutix.payments.events.Topics;
import com.secutix.payments.events.card.v1.CardDeleted;
import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.events.payment.v1.PaymentCaptured;
import com.secutix.payments.testsupport.Fixtures;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.TestTokens;
import com.secutix.payments.testsupport.TopicReader;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The tenant's card policy applied when the vault saves cards from {@code PaymentCaptured} events (real Kafka and
 * PostgreSQL): each test has a tenant of its own, whose policy it sets through {@code PUT /card-policy} as the
 * tenant's admin would.
 */
@PlatformIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SavingCardsUnderPolicyIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How long a state must stay the same to count as final. */
    private static final Duration STILL = Duration.ofMillis(500);

    private static PaymentEventsProducer payments;

    @LocalServerPort
    int port;
    @Autowired
    Cards cards;
    @Autowired
    SaveCard saveCard;
    @Autowired
    DatabaseClient database;

    private String tenant;
    private String customer;

    @BeforeAll
    static void connect() {
        payments = new PaymentEventsProducer();
    }

    @AfterAll
    static void disconnect() {
        payments.close();
    }

    @BeforeEach
    void aTenantOfItsOwn() {
        tenant = "policy-" + UUID.randomUUID();
        customer = Fixtures.anyCustomerId();
    }

    @Test
    void a_tenant_that_does_not_let_buyers_save_cards_gets_none_saved_the_event_is_handled_and_logged_once_without_alias(
            CapturedOutput output) {
        setPolicy(tenant, false, 5, "KEEP_EXISTING_CARDS");
        PaymentCaptured payment = aCapturedPayment().of(tenant, customer).build();

        String eventId = payments.send(payment);
        awaitHandled(sendMarker());

        assertThat(aliasesOf(tenant, customer)).isEmpty();
        assertThat(cardSavedOf(tenant, customer)).isEmpty();
        assertThat(isHandled(eventId)).isTrue();
        String line = "Card of payment " + payment.paymentId() + " not saved: tenant " + tenant
                + " does not let buyers save cards (event " + eventId + ")";
        assertThat(output.getAll()).containsOnlyOnce(line).doesNotContain(aliasOf(payment));

        payments.send(payment, eventId);
        awaitHandled(sendMarker());
        assertThat(output.getAll()).as("a redelivery is not logged again").containsOnlyOnce(line);
    }

    @Test
    void at_the_limit_keep_existing_cards_keeps_the_old_cards_and_saves_nothing() {
        setPolicy(tenant, true, 2, "KEEP_EXISTING_CARDS");
        holds(tenant, customer, "OLD-1", "OLD-2");
        PaymentCaptured payment = aCapturedPayment().of(tenant, customer).build();

        payments.send(payment);
        awaitHandled(sendMarker());

        assertThat(aliasesOf(tenant, customer)).containsExactly("OLD-1", "OLD-2");
        assertThat(cardSavedOf(tenant, customer)).isEmpty();
    }

    @Test
    void at_the_limit_replace_oldest_card_removes_the_oldest_and_saves_the_new_card() {
        setPolicy(tenant, true, 2, "REPLACE_OLDEST_CARD");
        holds(tenant, customer, "OLD-1", "OLD-2");
        String oldest = cardIdsOf(tenant, customer).get(0);
        PaymentCaptured payment = aCapturedPayment().of(tenant, customer).build();

        payments.send(payment);

        awaitStill(() -> {
            assertThat(aliasesOf(tenant, customer)).containsExactly("OLD-2", aliasOf(payment));
            assertThat(cardSavedAliasesOf(tenant, customer)).containsExactly(aliasOf(payment));
            assertThat(cardDeletedOf(tenant, customer)).singleElement().satisfies(deleted -> {
                assertThat(deleted.cardId().toString()).isEqualTo(oldest);
                assertThat(deleted.reason()).isEqualTo(CardDeleted.Reason.REPLACED_BY_NEWER_CARD);
                assertThat(deleted.deletedBy()).isEqualTo("card-vault-service");
            });
        });
    }

    @Test
    void the_limit_counts_the_cards_of_one_customer_in_one_tenant() {
        String otherTenant = "policy-" + UUID.randomUUID();
        setPolicy(tenant, true, 1, "KEEP_EXISTING_CARDS");
        setPolicy(otherTenant, true, 1, "KEEP_EXISTING_CARDS");
        String otherCustomer = Fixtures.anyCustomerId();
        holds(otherTenant, customer, "ELSEWHERE");
        holds(tenant, otherCustomer, "ANOTHER-CUSTOMERS");
        PaymentCaptured payment = aCapturedPayment().of(tenant, customer).build();

        payments.send(payment);

        awaitStill(() -> {
            assertThat(aliasesOf(tenant, customer)).containsExactly(aliasOf(payment));
            assertThat(cardSavedAliasesOf(tenant, customer)).containsExactly(aliasOf(payment));
        });
        assertThat(aliasesOf(otherTenant, customer)).containsExactly("ELSEWHERE");
        assertThat(aliasesOf(tenant, otherCustomer)).containsExactly("ANOTHER-CUSTOMERS");
    }

    @Test
    void a_redelivered_event_replaces_nothing_more() {
        setPolicy(tenant, true, 2, "REPLACE_OLDEST_CARD");
        holds(tenant, customer, "OLD-1", "OLD-2");
        PaymentCaptured payment = aCapturedPayment().of(tenant, customer).build();
        String eventId = payments.send(payment);
        awaitStill(() -> assertThat(aliasesOf(tenant, customer)).containsExactly("OLD-2", aliasOf(payment)));
        List<String> savedIds = cardIdsOf(tenant, customer);

        payments.send(payment, eventId);
        awaitHandled(sendMarker());

        assertThat(cardIdsOf(tenant, customer)).isEqualTo(savedIds);
        assertThat(cardSavedAliasesOf(tenant, customer)).containsExactly(aliasOf(payment));
    }

    @Test
    void a_card_the_customer_holds_already_stays_one_card_and_replaces_nothing_at_the_limit() {
        setPolicy(tenant, true, 2, "REPLACE_OLDEST_CARD");
        holds(tenant, customer, "OLD-1", "OLD-2");
        List<String> heldIds = cardIdsOf(tenant, customer);

        payments.send(aCapturedPayment().of(tenant, customer).withAlias("OLD-1").build());
        awaitHandled(sendMarker());

        assertThat(cardIdsOf(tenant, customer)).isEqualTo(heldIds);
        assertThat(cardSavedOf(tenant, customer)).isEmpty();
    }

    @Test
    void a_batch_of_three_cards_of_one_customer_at_a_limit_of_two_keeps_the_first_two_when_keeping_existing_cards() {
        setPolicy(tenant, true, 2, "KEEP_EXISTING_CARDS");
        List<PaymentCaptured> batch = threePaymentsOf(tenant, customer);

        payments.sendTogether(batch.stream().map(payments::recordOf).toList());

        List<String> firstTwo = List.of(aliasOf(batch.get(0)), aliasOf(batch.get(1)));
        awaitStill(() -> {
            assertThat(aliasesOf(tenant, customer)).containsExactlyElementsOf(firstTwo);
            assertThat(cardSavedAliasesOf(tenant, customer)).containsExactlyInAnyOrderElementsOf(firstTwo);
        });
    }

    @Test
    void a_batch_of_three_cards_of_one_customer_at_a_limit_of_two_keeps_the_last_two_when_replacing_the_oldest() {
        setPolicy(tenant, true, 2, "REPLACE_OLDEST_CARD");
        List<PaymentCaptured> batch = threePaymentsOf(tenant, customer);

        payments.sendTogether(batch.stream().map(payments::recordOf).toList());

        List<String> lastTwo = List.of(aliasOf(batch.get(1)), aliasOf(batch.get(2)));
        awaitStill(() -> {
            assertThat(aliasesOf(tenant, customer)).containsExactlyElementsOf(lastTwo);
            // the first card's CardSaved too if the broker split the three records over two polls (it was saved, then replaced)
            assertThat(cardSavedAliasesOf(tenant, customer)).filteredOn(lastTwo::contains)
                    .containsExactlyInAnyOrderElementsOf(lastTwo);
        });
    }

    @Test
    void two_batches_of_one_customer_saved_at_once_on_two_instances_never_exceed_the_limit() {
        for (String atLimit : List.of("KEEP_EXISTING_CARDS", "REPLACE_OLDEST_CARD")) {
            String tenantOfRule = "policy-" + UUID.randomUUID();
            setPolicy(tenantOfRule, true, 2, atLimit);
            for (int round = 0; round < 5; round++) {
                CardOwner owner = new CardOwner(tenantOfRule, Fixtures.anyCustomerId());
                List<SaveCardCommand> first = List.of(command(owner), command(owner));
                List<SaveCardCommand> second = List.of(command(owner), command(owner));

                Mono.when(saveCard.save(first).subscribeOn(Schedulers.boundedElastic()),
                        saveCard.save(second).subscribeOn(Schedulers.boundedElastic())).block(PATIENCE);

                assertThat(aliasesOf(owner.tenantId(), owner.customerId())).as(atLimit + ", round " + round).hasSize(2);
            }
        }
    }

    private void setPolicy(String tenantId, boolean savingEnabled, int maxSavedCards, String atLimit) {
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .put().uri("/card-policy").headers(headers -> headers.setBearerAuth(TestTokens.admin(tenantId)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"savingEnabled": %s, "maxSavedCardsPerCustomer": %d, "atLimit": "%s",
                         "cvvForSavedCards": {"WEB": {"rule": "ALWAYS"}, "MOBILE": {"rule": "ALWAYS"},
                                              "CALL_CENTRE": {"rule": "ALWAYS"}, "BOX_OFFICE": {"rule": "NEVER"}}}"""
                        .formatted(savingEnabled, maxSavedCards, atLimit))
                .exchange()
                .expectStatus().isOk();
    }

    /** Cards the customer saved before, a day apart, oldest first. */
    private void holds(String tenantId, String customerId, String... aliases) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (int i = 0; i < aliases.length; i++) {
            cards.addAbsent(List.of(new SavedCard(new CardId(UUID.randomUUID()), new CardOwner(tenantId, customerId),
                    new PspAlias(aliases[i]), visa(), SalesChannel.WEB, now.minus(aliases.length - i, ChronoUnit.DAYS)))).blockLast();
        }
    }

    private static CardDetails visa() {
        return new CardDetails(new CardBrand("VISA"), new MaskedNumber("XXXXXXXXXXXX1111"), new CardExpiry(YearMonth.of(2030, 12)),
                "Alice Martin");
    }

    private static SaveCardCommand command(CardOwner owner) {
        return new SaveCardCommand(UUID.randomUUID().toString(), "correlation-" + UUID.randomUUID(), UUID.randomUUID(), owner,
                new PspAlias("ALIAS-" + UUID.randomUUID()), "v1:test:sealed", visa(), SalesChannel.WEB);
    }

    private static List<PaymentCaptured> threePaymentsOf(String tenantId, String customerId) {
        return IntStream.rangeClosed(1, 3)
                .mapToObj(i -> aCapturedPayment().of(tenantId, customerId).withAlias("ALIAS-" + i + "-" + UUID.randomUUID()).build())
                .toList();
    }

    private List<String> aliasesOf(String tenantId, String customerId) {
        return cards.of(new CardOwner(tenantId, customerId)).map(card -> card.alias().value()).collectList().block();
    }

    private List<String> cardIdsOf(String tenantId, String customerId) {
        return cards.of(new CardOwner(tenantId, customerId)).map(card -> card.id().toString()).collectList().block();
    }

    private boolean isHandled(String eventId) {
        return database.sql("SELECT count(*) AS handled FROM processed_events WHERE event_id = :id")
                .bind("id", eventId).map(row -> row.get("handled", Long.class)).one().block() == 1;
    }

    private static List<CardSaved> cardSavedOf(String tenantId, String customerId) {
        return TopicReader.readAll(Topics.CARDS).stream()
                .filter(record -> EventCatalogue.CARD_SAVED.name().equals(TopicReader.headerAsString(record, CloudEventHeaders.TYPE)))
                .map(record -> EventJson.read(record.value(), CardSaved.class))
                .filter(saved -> saved.tenantId().equals(tenantId) && saved.customerId().equals(customerId))
                .toList();
    }

    private static List<CardDeleted> cardDeletedOf(String tenantId, String customerId) {
        return TopicReader.readAll(Topics.CARDS).stream()
                .filter(record -> EventCatalogue.CARD_DELETED.name().equals(TopicReader.headerAsString(record, CloudEventHeaders.TYPE)))
                .map(record -> EventJson.read(record.value(), CardDeleted.class))
                .filter(deleted -> deleted.tenantId().equals(tenantId) && deleted.customerId().equals(customerId))
                .toList();
    }

    private static List<String> cardSavedAliasesOf(String tenantId, String customerId) {
        return cardSavedOf(tenantId, customerId).stream().map(CapturedPayments::aliasOf).toList();
    }

    /** A payment of a fresh customer of the demo tenant (default policy) saving a card; once its card is there, everything sent before was handled. */
    private static PaymentCaptured sendMarker() {
        PaymentCaptured marker = aCapturedPayment().build();
        payments.send(marker);
        return marker;
    }

    private void awaitHandled(PaymentCaptured marker) {
        await().atMost(PATIENCE).until(() -> aliasesOf(marker.tenantId(), marker.customerId()).size() == 1);
    }

    /** Waits until the assertions hold, then checks that they keep holding a while. */
    private static void awaitStill(ThrowingRunnable assertions) {
        await().atMost(PATIENCE).untilAsserted(assertions);
        await().during(STILL).atMost(PATIENCE).untilAsserted(assertions);
    }
}
