package com.secutix.payments.checkout.payment.adapter.out.r2dbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.checkout.payment.application.InterruptedPayment;
import com.secutix.payments.checkout.payment.application.PendingPayment;
import com.secutix.payments.checkout.payment.domain.BuyerBrowser;

import com.secutix.payments.checkout.TestCheckouts;
import com.secutix.payments.checkout.payment.application.PaymentProgress;
import com.secutix.payments.checkout.payment.domain.EnteredCard;
import com.secutix.payments.checkout.payment.domain.GatewayPayment;
import com.secutix.payments.checkout.payment.domain.GatewayPaymentState;
import com.secutix.payments.checkout.payment.domain.ShownCard;
import com.secutix.payments.checkout.session.application.CheckoutSessions;
import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutSessionId;
import com.secutix.payments.platform.outbox.Outbox;
import com.secutix.payments.platform.secrets.SecretSealer;
import com.secutix.payments.testsupport.DatabaseDump;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/** Paying checkout sessions in the BFF's real PostgreSQL, the end states' events in the platform's outbox. */
@PlatformIntegrationTest
class R2dbcCheckoutPaymentsIT {

    static final int MAX_FAILED_ATTEMPTS = 3;
    static final String COMPLETED_TYPE = "com.secutix.payments.checkout.completed.v1";
    static final String CANCELLED_TYPE = "com.secutix.payments.checkout.cancelled.v1";
    static final ShownCard CARD = new ShownCard("VISA", "XXXXXXXXXXXX4242", "12/29", "Alice Martin");

    @Autowired
    DatabaseClient database;
    @Autowired
    ReactiveTransactionManager transactionManager;
    @Autowired
    Outbox outbox;
    @Autowired
    JsonMapper jsonMapper;
    @Autowired
    CheckoutSessions sessions;
    @Autowired
    SecretSealer sealer;

    R2dbcCheckoutPayments payments;
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @BeforeEach
    void store() {
        payments = new R2dbcCheckoutPayments(database, TransactionalOperator.create(transactionManager), outbox, jsonMapper, sealer);
    }

    CheckoutSession stored(CheckoutSession session) {
        assertThat(sessions.addIfNoneForOrder(session).block()).isTrue();
        return session;
    }

    CheckoutSession anOpenSession() {
        return stored(TestCheckouts.open(now.minusSeconds(60)));
    }

    boolean claim(CheckoutSession session) {
        return payments.claimForPayment(session.id(), now, MAX_FAILED_ATTEMPTS).block();
    }

    static GatewayPayment captured() {
        return new GatewayPayment(UUID.randomUUID(), GatewayPaymentState.CAPTURED, CARD, "P" + UUID.randomUUID().toString()
                .replace("-", ""), null);
    }

    @Test
    void of_two_concurrent_claims_of_an_open_session_exactly_one_succeeds() {
        CheckoutSession session = anOpenSession();

        List<Boolean> claims = Flux.range(0, 2)
                .flatMap(click -> payments.claimForPayment(session.id(), now, MAX_FAILED_ATTEMPTS).subscribeOn(Schedulers.parallel()))
                .collectList().block();

        assertThat(claims).containsExactlyInAnyOrder(true, false);
        assertThat(recordedStateOf(session.id())).isEqualTo("PAYING");
    }

    @Test
    void of_many_concurrent_claims_exactly_one_succeeds() {
        CheckoutSession session = anOpenSession();

        List<Boolean> claims = Flux.range(0, 8)
                .flatMap(click -> payments.claimForPayment(session.id(), now, MAX_FAILED_ATTEMPTS).subscribeOn(Schedulers.parallel()))
                .collectList().block();

        assertThat(claims).containsOnlyOnce(true).hasSize(8);
    }

    @Test
    void a_claimed_session_with_its_kept_request_is_found_interrupted_only_once_it_has_waited_too_long() {
        CheckoutSession session = anOpenSession();
        assertThat(claim(session)).isTrue();
        PendingPayment pending = new PendingPayment("checkout-" + session.id() + "-0", null, true,
                new BuyerBrowser("198.51.100.7", "text/html", "Firefox", "fr-CH", 24, 1080, 1920, -60));
        payments.keepPending(session.id(), pending).block();

        assertThat(payments.interrupted(now.minusSeconds(1), 100).filter(found -> found.sessionId().equals(session.id()))
                .collectList().block()).isEmpty();
        List<InterruptedPayment> interrupted = payments.interrupted(now.plusSeconds(1), 100)
                .filter(found -> found.sessionId().equals(session.id())).collectList().block();
        assertThat(interrupted).singleElement().satisfies(found -> assertThat(found.pending()).contains(pending));

        payments.release(session.id(), false).block();
        assertThat(payments.interrupted(now.plusSeconds(1), 100).filter(found -> found.sessionId().equals(session.id()))
                .collectList().block()).isEmpty();
    }

    @Test
    void a_session_past_its_expiry_cannot_be_claimed() {
        CheckoutSession expired = stored(TestCheckouts.openUntil(now.minusSeconds(3600), now.minusSeconds(1)));

        assertThat(claim(expired)).isFalse();
        assertThat(recordedStateOf(expired.id())).isIn("OPEN", "EXPIRED");
    }

    @Test
    void a_session_at_the_failed_attempt_limit_cannot_be_claimed() {
        CheckoutSession session = anOpenSession();
        for (int attempt = 0; attempt < MAX_FAILED_ATTEMPTS; attempt++) {
            assertThat(claim(session)).isTrue();
            payments.release(session.id(), true).block();
        }

        assertThat(claim(session)).isFalse();
        assertThat(progressOf(session).failedAttempts()).isEqualTo(MAX_FAILED_ATTEMPTS);
        assertThat(recordedStateOf(session.id())).isEqualTo("OPEN");
    }

    @Test
    void a_claimed_session_cannot_be_claimed_again_until_it_is_released() {
        CheckoutSession session = anOpenSession();

        assertThat(claim(session)).isTrue();
        assertThat(claim(session)).isFalse();
        payments.release(session.id(), false).block();
        assertThat(claim(session)).isTrue();
    }

    @Test
    void a_refused_release_counts_a_failed_attempt_and_another_release_does_not() {
        CheckoutSession session = anOpenSession();

        claim(session);
        payments.release(session.id(), false).block();
        assertThat(progressOf(session).failedAttempts()).isZero();
        assertThat(recordedStateOf(session.id())).isEqualTo("OPEN");

        claim(session);
        payments.release(session.id(), true).block();
        assertThat(progressOf(session).failedAttempts()).isEqualTo(1);
        assertThat(recordedStateOf(session.id())).isEqualTo("OPEN");
    }

    @Test
    void a_release_of_a_session_nobody_claimed_changes_nothing() {
        CheckoutSession session = anOpenSession();

        payments.release(session.id(), true).block();

        assertThat(progressOf(session).failedAttempts()).isZero();
        assertThat(recordedStateOf(session.id())).isEqualTo("OPEN");
    }

    @Test
    void a_session_waiting_for_the_buyer_keeps_its_payment_and_save_request_and_a_release_forgets_both() {
        CheckoutSession session = anOpenSession();
        UUID paymentId = UUID.randomUUID();
        claim(session);

        payments.awaitBuyer(session.id(), paymentId, true).block();
        assertThat(recordedStateOf(session.id())).isEqualTo("AWAITING_BUYER");
        assertThat(progressOf(session)).isEqualTo(new PaymentProgress(0, paymentId, true, null));

        payments.release(session.id(), true).block();
        assertThat(recordedStateOf(session.id())).isEqualTo("OPEN");
        assertThat(progressOf(session)).isEqualTo(new PaymentProgress(1, null, false, null));
    }

    @Test
    void complete_records_the_payment_and_the_card_paid_with_and_one_checkout_completed_and_a_second_complete_does_nothing() {
        CheckoutSession session = anOpenSession();
        GatewayPayment payment = captured();
        claim(session);

        boolean completed = payments.complete(session, payment, true, now).block();
        boolean again = payments.complete(session, captured(), false, now.plusSeconds(1)).block();

        assertThat(completed).isTrue();
        assertThat(again).isFalse();
        assertThat(recordedStateOf(session.id())).isEqualTo("COMPLETED");
        PaymentProgress progress = progressOf(session);
        assertThat(progress.paymentId()).isEqualTo(payment.id());
        assertThat(progress.paidCard()).isEqualTo(CARD);
        assertThat(eventsOf(session.id(), COMPLETED_TYPE)).hasSize(1);
        String event = eventsOf(session.id(), COMPLETED_TYPE).get(0);
        assertThat(event).contains("\"orderId\":\"" + session.order().orderId() + "\"", "\"paymentId\":\"" + payment.id() + "\"",
                "\"pspOrderId\":\"" + payment.pspOrderId() + "\"", "\"maskedNumber\":\"XXXXXXXXXXXX4242\"",
                "\"cardSaved\":true", "\"total\":{\"minorUnits\":24750,\"currency\":\"EUR\"}");
        assertThat(outboxRows(session.id())).extracting(Row::topic).containsOnly("payments.checkout.v1");
        assertThat(outboxRows(session.id())).extracting(Row::tenantId).containsOnly(TestCheckouts.TENANT);
        assertThat(outboxRows(session.id())).extracting(Row::correlationId).containsOnly(session.order().orderId());
    }

    @Test
    void an_open_session_nobody_claimed_is_not_completed() {
        CheckoutSession session = anOpenSession();

        assertThat(payments.complete(session, captured(), false, now).block()).isFalse();

        assertThat(recordedStateOf(session.id())).isEqualTo("OPEN");
        assertThat(eventsOf(session.id(), COMPLETED_TYPE)).isEmpty();
    }

    @Test
    void a_session_waiting_for_the_buyer_at_the_bank_can_be_completed() {
        CheckoutSession session = anOpenSession();
        GatewayPayment payment = captured();
        claim(session);
        payments.awaitBuyer(session.id(), payment.id(), false).block();

        assertThat(payments.complete(session, payment, false, now).block()).isTrue();

        assertThat(recordedStateOf(session.id())).isEqualTo("COMPLETED");
        assertThat(eventsOf(session.id(), COMPLETED_TYPE)).hasSize(1);
    }

    @Test
    void cancel_ends_an_open_unexpired_session_with_one_checkout_cancelled_and_only_once() {
        CheckoutSession session = anOpenSession();

        boolean cancelled = payments.cancel(session, now).block();
        boolean again = payments.cancel(session, now.plusSeconds(1)).block();

        assertThat(cancelled).isTrue();
        assertThat(again).isFalse();
        assertThat(recordedStateOf(session.id())).isEqualTo("CANCELLED");
        assertThat(eventsOf(session.id(), CANCELLED_TYPE)).hasSize(1);
        assertThat(eventsOf(session.id(), CANCELLED_TYPE).get(0)).contains("\"orderId\":\"" + session.order().orderId() + "\"",
                "\"customerId\":\"alice\"");
        assertThat(claim(session)).isFalse();
    }

    @Test
    void a_session_past_its_expiry_is_not_cancelled_and_announces_nothing() {
        CheckoutSession expired = stored(TestCheckouts.openUntil(now.minusSeconds(3600), now.minusSeconds(1)));

        assertThat(payments.cancel(expired, now).block()).isFalse();

        assertThat(recordedStateOf(expired.id())).isIn("OPEN", "EXPIRED");
        assertThat(eventsOf(expired.id(), CANCELLED_TYPE)).isEmpty();
    }

    @Test
    void a_session_being_paid_or_paid_is_not_cancelled() {
        CheckoutSession paying = anOpenSession();
        CheckoutSession paid = anOpenSession();
        claim(paying);
        claim(paid);
        payments.complete(paid, captured(), false, now).block();

        assertThat(payments.cancel(paying, now).block()).isFalse();
        assertThat(payments.cancel(paid, now).block()).isFalse();

        assertThat(recordedStateOf(paying.id())).isEqualTo("PAYING");
        assertThat(recordedStateOf(paid.id())).isEqualTo("COMPLETED");
        assertThat(eventsOf(paying.id(), CANCELLED_TYPE)).isEmpty();
        assertThat(eventsOf(paid.id(), CANCELLED_TYPE)).isEmpty();
    }

    @Test
    void a_card_entry_form_is_found_only_for_the_session_it_was_recorded_for() {
        CheckoutSession session = anOpenSession();
        CheckoutSession another = anOpenSession();
        String form = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 25);
        String formOfAnother = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 25);

        payments.recordCardEntry(session.id(), form, now).block();
        payments.recordCardEntry(another.id(), formOfAnother, now).block();

        assertThat(payments.sessionOfCardEntry(form).block()).isEqualTo(session.id());
        assertThat(payments.sessionOfCardEntry(formOfAnother).block()).isEqualTo(another.id());
        assertThat(payments.sessionOfCardEntry("CNEVERSHOWN").block()).isNull();
    }

    @Test
    void the_entered_cards_alias_is_stored_and_read_back_but_never_printed() {
        CheckoutSession session = anOpenSession();
        String alias = "ALIAS-" + UUID.randomUUID();
        EnteredCard entered = new EnteredCard(alias, CARD);

        payments.keepEnteredCard(session.id(), entered, now).block();
        EnteredCard read = payments.enteredCard(session.id()).block();

        assertThat(read).isEqualTo(entered);
        assertThat(read.alias()).isEqualTo(alias);
        assertThat(read.toString()).doesNotContain(alias).contains("alias=[hidden]").contains("XXXXXXXXXXXX4242");
    }

    @Test
    void the_entered_cards_alias_is_stored_sealed_so_a_dump_of_the_database_holds_it_nowhere() {
        CheckoutSession session = anOpenSession();
        String alias = "ALIAS-" + UUID.randomUUID();

        payments.keepEnteredCard(session.id(), new EnteredCard(alias, CARD), now).block();

        assertThat(DatabaseDump.placesHolding(database, List.of(alias))).isEmpty();
        assertThat(database.sql("select psp_alias_sealed from checkout_entered_card where session_id = :id")
                .bind("id", session.id().value()).map(row -> row.get(0, String.class)).one().block()).startsWith("v1:");
        assertThat(payments.enteredCard(session.id()).block().alias()).isEqualTo(alias);
    }

    @Test
    void a_card_entered_again_replaces_the_first_and_a_card_without_holder_or_brand_reads_back_so() {
        CheckoutSession session = anOpenSession();
        payments.keepEnteredCard(session.id(), new EnteredCard("ALIAS-FIRST", CARD), now).block();
        EnteredCard second = new EnteredCard("ALIAS-SECOND", new ShownCard(null, "XXXXXXXXXXXX4444", "01/30", null));

        payments.keepEnteredCard(session.id(), second, now.plusSeconds(5)).block();

        assertThat(payments.enteredCard(session.id()).block()).isEqualTo(second);
        assertThat(anOpenSession()).satisfies(other -> assertThat(payments.enteredCard(other.id()).block()).isNull());
    }

    @Test
    void a_forgotten_entered_card_is_gone_from_its_session_only() {
        CheckoutSession session = anOpenSession();
        CheckoutSession other = anOpenSession();
        payments.keepEnteredCard(session.id(), new EnteredCard("ALIAS-TRIED", CARD), now).block();
        payments.keepEnteredCard(other.id(), new EnteredCard("ALIAS-OTHER", CARD), now).block();

        payments.forgetEnteredCard(session.id()).block();

        assertThat(payments.enteredCard(session.id()).block()).isNull();
        assertThat(payments.enteredCard(other.id()).block().alias()).isEqualTo("ALIAS-OTHER");
    }

    @Test
    void a_new_session_has_made_no_attempt_and_no_payment() {
        PaymentProgress progress = progressOf(anOpenSession());

        assertThat(progress).isEqualTo(new PaymentProgress(0, null, false, null));
    }

    record Row(String topic, String tenantId, String correlationId, String eventType) {
    }

    private PaymentProgress progressOf(CheckoutSession session) {
        return payments.progress(session.id()).block();
    }

    private String recordedStateOf(CheckoutSessionId id) {
        return database.sql("select state from checkout_session where id = :id").bind("id", id.value())
                .map(row -> row.get(0, String.class)).one().block();
    }

    private List<String> eventsOf(CheckoutSessionId id, String type) {
        return database.sql("select payload::text from outbox_events where message_key = :key and event_type = :type")
                .bind("key", id.toString()).bind("type", type)
                .map(row -> row.get(0, String.class)).all().collectList().block();
    }

    private List<Row> outboxRows(CheckoutSessionId id) {
        return database.sql("select topic, tenant_id, correlation_id, event_type from outbox_events where message_key = :key")
                .bind("key", id.toString())
                .map(row -> new Row(row.get("topic", String.class), row.get("tenant_id", String.class),
                        row.get("correlation_id", String.class), row.get("event_type", String.class)))
                .all().collectList().block();
    }
}
