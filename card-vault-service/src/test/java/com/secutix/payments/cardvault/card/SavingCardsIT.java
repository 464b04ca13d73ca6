package com.secutix.payments.cardvault.card;

import static com.secutix.payments.cardvault.card.CapturedPayments.aliasOf;

import static com.secutix.payments.cardvault.card.CapturedPayments.aCapturedPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.secutix.payments.cardvault.card.application.Cards;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.SavedCard;
import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.events.EventCatalogue;
import com.secutix.payments.events.EventJson;
import com.secutix.payments.events.Topics;
import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.events.payment.v1.PaymentCaptured;
import com.secutix.payments.testsupport.CardDataScanner;
import com.secutix.payments.testsupport.Fixtures;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TopicReader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

@PlatformIntegrationTest
class SavingCardsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How long a count must stay the same to count as final. */
    private static final Duration STILL = Duration.ofMillis(500);

    private static PaymentEventsProducer payments;

    @Autowired
    Cards cards;

    @Autowired
    DatabaseClient database;

    @BeforeAll
    static void connect() {
        payments = new PaymentEventsProducer();
    }

    @AfterAll
    static void disconnect() {
        payments.close();
    }

    @Test
    void saves_the_card_of_a_captured_payment_that_asked_for_it_and_publishes_card_saved() {
        PaymentCaptured payment = aCapturedPayment().through("BOX_OFFICE").build();

        payments.send(payment);

        SavedCard card = awaitOnlyCardOf(payment);
        assertThat(card.alias().value()).isEqualTo(aliasOf(payment));
        assertThat(card.details().maskedNumber().value()).isEqualTo("XXXXXXXXXXXX1111");
        assertThat(card.details().brand().name()).isEqualTo("VISA");
        assertThat(card.details().expiry().toMmYy()).isEqualTo("12/30");
        assertThat(card.details().holderName()).isEqualTo("Alice Martin");
        assertThat(card.savedThrough().name()).isEqualTo("BOX_OFFICE");

        ConsumerRecord<String, byte[]> published = awaitOnlyCardSavedOf(payment);
        CardSaved event = EventJson.read(published.value(), CardSaved.class);
        assertThat(published.key()).isEqualTo(card.id().toString());
        assertThat(event.cardId()).isEqualTo(card.id().value());
        assertThat(event.sourcePaymentId()).isEqualTo(payment.paymentId());
        assertThat(event.card().maskedNumber()).isEqualTo("XXXXXXXXXXXX1111");
        assertThat(event.channel()).isEqualTo("BOX_OFFICE");
        assertThat(header(published, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(published, CloudEventHeaders.TYPE)).isEqualTo(EventCatalogue.CARD_SAVED.name());
        assertThat(header(published, CloudEventHeaders.SUBJECT)).isEqualTo(card.id().toString());
        assertThat(header(published, CloudEventHeaders.TENANT_ID)).isEqualTo(payment.tenantId());
        assertThat(header(published, CloudEventHeaders.CORRELATION_ID)).isEqualTo("correlation-" + payment.paymentId());
        assertThat(header(published, CloudEventHeaders.ID)).isNotBlank();
        assertThat(header(published, CloudEventHeaders.SOURCE)).isEqualTo("/secutix/payments/card-vault-service");
        assertThat(header(published, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(header(published, CloudEventHeaders.CONTENT_TYPE)).isEqualTo(CloudEventHeaders.JSON);
    }

    @Test
    void a_redelivered_event_saves_and_publishes_nothing_more() {
        PaymentCaptured payment = aCapturedPayment().build();

        String eventId = payments.send(payment);
        payments.send(payment, eventId);
        awaitHandled(sendMarker());

        assertStillOneCardAndOneCardSavedOf(payment);
    }

    @Test
    void a_second_payment_with_the_same_alias_keeps_one_card() {
        PaymentCaptured first = aCapturedPayment().build();
        PaymentCaptured second = aCapturedPayment().of(first.tenantId(), first.customerId())
                .withAlias(aliasOf(first)).through("CALL_CENTRE").build();

        payments.send(first);
        payments.send(second);
        awaitHandled(sendMarker());

        assertStillOneCardAndOneCardSavedOf(first);
        assertThat(cardsOf(first).get(0).savedThrough().name()).isEqualTo("WEB");
    }

    @Test
    void the_same_alias_for_another_customer_is_another_card() {
        PaymentCaptured alices = aCapturedPayment().build();
        PaymentCaptured bobs = aCapturedPayment().withAlias(aliasOf(alices)).build();

        payments.send(alices);
        payments.send(bobs);

        awaitOnlyCardOf(alices);
        awaitOnlyCardOf(bobs);
    }

    @Test
    void a_payment_that_did_not_ask_to_save_its_card_saves_none() {
        PaymentCaptured payment = aCapturedPayment().savingTheCard(false).build();

        payments.send(payment);
        awaitHandled(sendMarker());

        assertThat(cardsOf(payment)).isEmpty();
        assertThat(cardSavedOf(payment)).isEmpty();
    }

    @Test
    void another_payment_event_type_is_skipped_not_dead_lettered() {
        PaymentCaptured authorizedOnly = aCapturedPayment().build();

        payments.sendAs(EventCatalogue.PAYMENT_AUTHORIZED.name(), authorizedOnly);
        awaitHandled(sendMarker());

        assertThat(cardsOf(authorizedOnly)).isEmpty();
        assertThat(deadLettersWithKey(authorizedOnly.aggregateId())).isEmpty();
    }

    @Test
    void a_poison_record_goes_to_the_dead_letter_topic_with_the_reason_and_the_next_event_is_saved() {
        String poisonKey = "poison-" + Fixtures.anyOrderReference();

        payments.sendRaw(poisonKey, "not an event".getBytes(StandardCharsets.UTF_8));
        PaymentCaptured next = aCapturedPayment().build();
        payments.send(next);

        awaitOnlyCardOf(next);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLettersWithKey(poisonKey)).singleElement()
                .satisfies(dead -> {
                    assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("not an event");
                    assertThat(header(dead, CloudEventHeaders.DEAD_LETTER_REASON)).isNotBlank();
                }));
    }

    @Test
    void a_captured_payment_whose_card_cannot_be_kept_goes_to_the_dead_letter_topic() {
        PaymentCaptured payment = aCapturedPayment().through("FAX").build();

        payments.send(payment);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLettersWithKey(payment.aggregateId()))
                .singleElement()
                .satisfies(dead -> assertThat(header(dead, CloudEventHeaders.DEAD_LETTER_REASON)).contains("channel")));
        assertThat(cardsOf(payment)).isEmpty();
    }

    @Test
    void a_captured_payment_from_another_source_than_the_gateway_is_dead_lettered_and_saves_no_card() {
        PaymentCaptured payment = aCapturedPayment().build();

        payments.sendFrom("/secutix/payments/refund-service", payment);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLettersWithKey(payment.aggregateId()))
                .singleElement().satisfies(dead -> assertThat(header(dead, CloudEventHeaders.DEAD_LETTER_REASON))
                        .contains("comes from /secutix/payments/refund-service")
                        .contains("only /secutix/payments/payment-gateway-service publishes it")));
        awaitHandled(sendMarker());
        assertThat(cardsOf(payment)).isEmpty();
        assertThat(cardSavedOf(payment)).isEmpty();
    }

    @Test
    void a_captured_payment_whose_tenant_is_not_its_tenant_header_is_dead_lettered_and_saves_no_card() {
        PaymentCaptured payment = aCapturedPayment().build();

        payments.sendUnderTenantHeader(Tenants.OTHER, payment);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLettersWithKey(payment.aggregateId()))
                .singleElement().satisfies(dead -> assertThat(header(dead, CloudEventHeaders.DEAD_LETTER_REASON))
                        .contains("is of tenant " + payment.tenantId())
                        .contains("ce_tenantid says " + Tenants.OTHER)));
        awaitHandled(sendMarker());
        assertThat(cardsOf(payment)).isEmpty();
        assertThat(cards.of(new CardOwner(Tenants.OTHER, payment.customerId())).collectList().block()).isEmpty();
        assertThat(cardSavedOf(payment)).isEmpty();
    }

    @Test
    void no_card_number_reaches_the_card_topic_or_the_database() {
        PaymentCaptured payment = aCapturedPayment().build();
        payments.send(payment);
        awaitOnlyCardSavedOf(payment);

        String topic = TopicReader.readAll(Topics.CARDS).stream()
                .map(record -> record.key() + " " + TopicReader.valueAsString(record) + " " + record.headers())
                .collect(Collectors.joining("\n"));
        String rows = database.sql("""
                        SELECT row_to_json(c)::text AS line FROM saved_card c
                        UNION ALL SELECT row_to_json(o)::text FROM outbox_events o
                        """)
                .map(row -> row.get("line", String.class)).all().collect(Collectors.joining("\n")).block();

        assertThat(topic).contains(payment.customerId());
        assertThat(rows).contains(payment.customerId());
        assertThat(CardDataScanner.scan(Topics.CARDS, topic)).isEmpty();
        assertThat(CardDataScanner.scan("saved_card and outbox_events", rows)).isEmpty();
    }

    @Test
    void a_batch_of_events_saves_each_card_exactly_once_and_publishes_one_card_saved_each() {
        List<PaymentCaptured> batch = capturedPayments(40);
        PaymentCaptured withoutHolderName = aCapturedPayment()
                .withCard(new CardSummary("MasterCard", "XXXXXXXXXXXX4444", "01/31", null)).build();
        List<PaymentCaptured> all = Stream.concat(batch.stream(), Stream.of(withoutHolderName)).toList();

        payments.sendTogether(all.stream().map(payments::recordOf).toList());

        assertStillOneCardAndOneCardSavedEach(all);
        assertThat(awaitOnlyCardOf(withoutHolderName).details().holderName()).isNull();
    }

    @Test
    void a_batch_redelivered_whole_saves_and_publishes_nothing_more() {
        List<PaymentCaptured> batch = capturedPayments(20);
        List<ProducerRecord<String, byte[]>> records = batch.stream().map(payments::recordOf).toList();
        payments.sendTogether(records);
        assertStillOneCardAndOneCardSavedEach(batch);

        payments.sendTogether(records);
        awaitHandled(sendMarker());

        assertStillOneCardAndOneCardSavedEach(batch);
        assertThat(processedEventIdsOf(records)).isEqualTo(records.size());
    }

    @Test
    void poison_records_in_the_middle_of_a_batch_go_to_the_dead_letter_topic_and_every_good_record_is_saved_once() {
        List<PaymentCaptured> good = capturedPayments(6);
        String unreadableKey = "poison-" + Fixtures.anyOrderReference();
        PaymentCaptured ofTwoTenants = aCapturedPayment().build();

        payments.sendTogether(List.of(
                payments.recordOf(good.get(0)), payments.recordOf(good.get(1)),
                payments.rawRecord(unreadableKey, "not an event".getBytes(StandardCharsets.UTF_8)),
                payments.recordOf(good.get(2)), payments.recordOf(good.get(3)),
                payments.recordUnderTenantHeader(Tenants.OTHER, ofTwoTenants),
                payments.recordOf(good.get(4)), payments.recordOf(good.get(5))));

        assertStillOneCardAndOneCardSavedEach(good);
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(deadLettersWithKey(unreadableKey)).singleElement().satisfies(dead ->
                    assertThat(header(dead, CloudEventHeaders.DEAD_LETTER_REASON))
                            .isEqualTo("PoisonEventException: missing header ce_specversion"));
            assertThat(deadLettersWithKey(ofTwoTenants.aggregateId())).singleElement().satisfies(dead ->
                    assertThat(header(dead, CloudEventHeaders.DEAD_LETTER_REASON))
                            .contains("ce_tenantid says " + Tenants.OTHER));
        });
        assertThat(cardsOf(ofTwoTenants)).isEmpty();
        assertThat(cardSavedOf(ofTwoTenants)).isEmpty();
    }

    @Test
    void a_database_failure_in_the_middle_of_a_batch_rolls_it_back_and_every_card_is_then_saved_once() {
        List<PaymentCaptured> batch = capturedPayments(10);
        PaymentCaptured failingOnce = batch.get(5);
        String failures = "failing_saves_" + UUID.randomUUID().toString().replace("-", "");
        failTheFirstSaveOf(failingOnce.customerId(), failures);
        try {
            payments.sendTogether(batch.stream().map(payments::recordOf).toList());

            assertStillOneCardAndOneCardSavedEach(batch);
            assertThat(timesTried(failures)).as("the failing card was tried once more after the failure").isEqualTo(2);
            assertThat(deadLettersWithKey(failingOnce.aggregateId())).isEmpty();
        } finally {
            database.sql("DROP TRIGGER " + failures + " ON saved_card").then().block();
        }
    }

    /** Payments of fresh customers of the demo tenant, each saving a card. */
    private static List<PaymentCaptured> capturedPayments(int count) {
        return IntStream.range(0, count).mapToObj(i -> aCapturedPayment().build()).toList();
    }

    /**
     * The next insert of a card of {@code customerId} fails the statement (and so its transaction); the
     * sequence {@code failures}, outside any transaction, counts the tries.
     */
    private void failTheFirstSaveOf(String customerId, String failures) {
        database.sql("CREATE SEQUENCE " + failures).then().block();
        database.sql("""
                CREATE OR REPLACE FUNCTION fail_the_first_save() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.customer_id = TG_ARGV[0] AND nextval(TG_ARGV[1]) = 1 THEN
                        RAISE EXCEPTION 'the database failed while saving a card';
                    END IF;
                    RETURN NEW;
                END $$
                """).then().block();
        database.sql("CREATE TRIGGER " + failures + " BEFORE INSERT ON saved_card FOR EACH ROW EXECUTE FUNCTION "
                + "fail_the_first_save('" + customerId + "', '" + failures + "')").then().block();
    }

    private long timesTried(String failures) {
        return database.sql("SELECT last_value FROM " + failures)
                .map(row -> row.get("last_value", Long.class)).one().block();
    }

    private long processedEventIdsOf(List<ProducerRecord<String, byte[]>> records) {
        String[] ids = records.stream()
                .map(record -> new String(record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8))
                .toArray(String[]::new);
        return database.sql("SELECT count(*) AS handled FROM processed_events WHERE event_id = ANY(:ids)")
                .bind("ids", ids).map(row -> row.get("handled", Long.class)).one().block();
    }

    /** A payment of a fresh customer saving a card; once its card is there, everything sent before was handled. */
    private PaymentCaptured sendMarker() {
        PaymentCaptured marker = aCapturedPayment().of(Tenants.DEMO, Fixtures.anyCustomerId()).build();
        payments.send(marker);
        return marker;
    }

    private void awaitHandled(PaymentCaptured marker) {
        awaitOnlyCardOf(marker);
    }

    private SavedCard awaitOnlyCardOf(PaymentCaptured payment) {
        await().atMost(PATIENCE).until(() -> cardsOf(payment).size() == 1);
        return cardsOf(payment).get(0);
    }

    private ConsumerRecord<String, byte[]> awaitOnlyCardSavedOf(PaymentCaptured payment) {
        await().atMost(PATIENCE).until(() -> cardSavedOf(payment).size() == 1);
        return cardSavedOf(payment).get(0);
    }

    private void assertStillOneCardAndOneCardSavedOf(PaymentCaptured payment) {
        awaitOnlyCardOf(payment);
        awaitOnlyCardSavedOf(payment);
        await().during(STILL).atMost(PATIENCE).until(() -> cardsOf(payment).size() == 1 && cardSavedOf(payment).size() == 1);
    }

    private void assertStillOneCardAndOneCardSavedEach(List<PaymentCaptured> batch) {
        await().atMost(PATIENCE).until(() -> eachHasOneCardAndOneCardSaved(batch));
        await().during(STILL).atMost(PATIENCE).until(() -> eachHasOneCardAndOneCardSaved(batch));
    }

    private boolean eachHasOneCardAndOneCardSaved(List<PaymentCaptured> batch) {
        List<CardSaved> published = cardSavedRecords().stream()
                .map(record -> EventJson.read(record.value(), CardSaved.class))
                .toList();
        return batch.stream().allMatch(payment -> cardsOf(payment).size() == 1 && published.stream()
                .filter(saved -> saved.tenantId().equals(payment.tenantId()) && saved.customerId().equals(payment.customerId()))
                .count() == 1);
    }

    private List<SavedCard> cardsOf(PaymentCaptured payment) {
        return cards.of(new CardOwner(payment.tenantId(), payment.customerId())).collectList().block();
    }

    /** The CardSaved records of the card topic (tenants' policy changes travel on it too). */
    private static List<ConsumerRecord<String, byte[]>> cardSavedRecords() {
        return TopicReader.readAll(Topics.CARDS).stream()
                .filter(record -> EventCatalogue.CARD_SAVED.name().equals(TopicReader.headerAsString(record, "ce_type")))
                .toList();
    }

    private static List<ConsumerRecord<String, byte[]>> cardSavedOf(PaymentCaptured payment) {
        return cardSavedRecords().stream()
                .filter(record -> {
                    CardSaved saved = EventJson.read(record.value(), CardSaved.class);
                    return saved.tenantId().equals(payment.tenantId()) && saved.customerId().equals(payment.customerId());
                })
                .toList();
    }

    private static List<ConsumerRecord<String, byte[]>> deadLettersWithKey(String key) {
        return TopicReader.readAll(Topics.deadLetterOf(Topics.PAYMENTS)).stream()
                .filter(record -> key.equals(record.key()))
                .toList();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return TopicReader.headerAsString(record, name);
    }
}
