package com.secutix.payments.gateway.payment.domain;

import static com.secutix.payments.gateway.payment.domain.PaymentFixtures.NOW;
import static com.secutix.payments.gateway.payment.domain.PaymentFixtures.SCHEDULE;
import static com.secutix.payments.gateway.payment.domain.PaymentFixtures.pendingSale;
import static com.secutix.payments.gateway.payment.domain.PaymentFixtures.status;
import static com.secutix.payments.gateway.payment.domain.PaymentFixtures.timeout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final Instant LATER = NOW.plusSeconds(2);

    @Test
    void starts_pending_and_due_for_a_check_in_case_the_answer_is_never_recorded() {
        Payment payment = pendingSale();

        assertThat(payment.state()).isEqualTo(PaymentState.PENDING);
        assertThat(payment.nextCheckAt()).contains(NOW.plus(Duration.ofMinutes(1)));
        assertThat(payment.transactions()).isEmpty();
    }

    @Test
    void a_captured_sale_publishes_payment_captured_and_keeps_the_pay_id() {
        Payment payment = pendingSale();

        List<PaymentEvent> events = payment.record(PspExchange.ORDER, status(9), NOW, LATER, SCHEDULE);

        assertThat(payment.state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(payment.pspPayId()).contains("3014657");
        assertThat(payment.nextCheckAt()).isEmpty();
        assertThat(events).containsExactly(new PaymentEvent.Captured(payment.id(), LATER));
    }

    @Test
    void an_authorisation_publishes_payment_authorised() {
        Payment payment = pendingSale();

        List<PaymentEvent> events = payment.record(PspExchange.ORDER, status(5), NOW, LATER, SCHEDULE);

        assertThat(payment.state()).isEqualTo(PaymentState.AUTHORISED);
        assertThat(events).containsExactly(new PaymentEvent.Authorised(payment.id(), LATER));
    }

    @Test
    void a_refusal_publishes_payment_declined_with_the_psp_status() {
        Payment payment = pendingSale();

        List<PaymentEvent> events = payment.record(PspExchange.ORDER,
                new PspOutcome.Answered(93, "3014658", "30001301", "refused"), NOW, LATER, SCHEDULE);

        assertThat(payment.state()).isEqualTo(PaymentState.DECLINED);
        assertThat(events).containsExactly(
                new PaymentEvent.Declined(payment.id(), PaymentState.DECLINED, 93, "30001301", LATER));
    }

    @Test
    void a_lost_answer_makes_the_payment_unknown_never_failed_and_schedules_a_query() {
        Payment payment = pendingSale();

        List<PaymentEvent> events = payment.record(PspExchange.ORDER, timeout(), NOW, LATER, SCHEDULE);

        assertThat(payment.state()).isEqualTo(PaymentState.UNKNOWN);
        assertThat(events).isEmpty();
        assertThat(payment.nextCheckAt()).contains(LATER.plus(Duration.ofMinutes(1)));
        assertThat(payment.transactions()).singleElement()
                .satisfies(tx -> assertThat(tx.status()).isNull());
    }

    @Test
    void an_uncertain_status_is_unknown_and_a_later_query_settles_it() {
        Payment payment = pendingSale();
        payment.record(PspExchange.ORDER, status(92), NOW, LATER, SCHEDULE);

        List<PaymentEvent> events = payment.record(PspExchange.QUERY, status(9), LATER, LATER, SCHEDULE);

        assertThat(payment.state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(payment.checksDone()).isEqualTo(1);
        assertThat(events).singleElement().isInstanceOf(PaymentEvent.Captured.class);
        assertThat(payment.transactions()).extracting(PspTransaction::attempt).containsExactly(1, 2);
        assertThat(payment.transactions()).extracting(PspTransaction::exchange)
                .containsExactly(PspExchange.ORDER, PspExchange.QUERY);
    }

    @Test
    void checks_follow_the_back_off_schedule_then_go_to_manual_review() {
        Payment payment = pendingSale();
        payment.record(PspExchange.ORDER, timeout(), NOW, NOW, SCHEDULE);
        assertThat(payment.nextCheckAt()).contains(NOW.plus(Duration.ofMinutes(1)));

        payment.record(PspExchange.QUERY, timeout(), NOW, NOW, SCHEDULE);
        assertThat(payment.nextCheckAt()).contains(NOW.plus(Duration.ofMinutes(5)));
        payment.record(PspExchange.QUERY, timeout(), NOW, NOW, SCHEDULE);
        assertThat(payment.nextCheckAt()).contains(NOW.plus(Duration.ofHours(6)));
        payment.record(PspExchange.QUERY, timeout(), NOW, NOW, SCHEDULE);
        assertThat(payment.state()).isEqualTo(PaymentState.UNKNOWN);

        List<PaymentEvent> events = payment.record(PspExchange.QUERY, timeout(), NOW, NOW, SCHEDULE);

        assertThat(payment.state()).isEqualTo(PaymentState.MANUAL_REVIEW);
        assertThat(payment.nextCheckAt()).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void a_settled_payment_refuses_another_outcome() {
        Payment payment = pendingSale();
        payment.record(PspExchange.ORDER, status(9), NOW, LATER, SCHEDULE);

        assertThatThrownBy(() -> payment.record(PspExchange.QUERY, status(93), LATER, LATER, SCHEDULE))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(payment.state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(payment.transactions()).hasSize(1);
    }

    @Test
    void a_3ds_challenge_waits_for_the_buyer() {
        Payment payment = pendingSale();

        payment.record(PspExchange.ORDER, status(46), NOW, LATER, SCHEDULE);

        assertThat(payment.state()).isEqualTo(PaymentState.PENDING_BUYER_ACTION);
        assertThat(payment.isSettled()).isFalse();
    }

    @Test
    void a_refund_status_on_a_new_order_goes_to_a_person() {
        Payment payment = pendingSale();

        List<PaymentEvent> events = payment.record(PspExchange.QUERY, status(8), NOW, LATER, SCHEDULE);

        assertThat(payment.state()).isEqualTo(PaymentState.MANUAL_REVIEW);
        assertThat(events).isEmpty();
    }

    @Test
    void a_pay_id_of_zero_is_not_a_pay_id() {
        Payment payment = pendingSale();

        payment.record(PspExchange.ORDER, new PspOutcome.Answered(0, "0", "50001111", "bad"), NOW, LATER, SCHEDULE);

        assertThat(payment.state()).isEqualTo(PaymentState.FAILED);
        assertThat(payment.pspPayId()).isEmpty();
    }

    @Test
    void a_query_refused_for_our_credentials_says_nothing_about_the_payment() {
        Payment payment = pendingSale();
        payment.record(PspExchange.ORDER, timeout(), NOW, LATER, SCHEDULE);

        payment.record(PspExchange.QUERY, new PspOutcome.Answered(0, "0", "50001111", "bad signature"), LATER, LATER,
                SCHEDULE);

        assertThat(payment.state()).isEqualTo(PaymentState.UNKNOWN);
    }

    @Test
    void a_query_about_an_order_the_psp_never_received_fails_the_payment() {
        Payment payment = pendingSale();
        payment.record(PspExchange.ORDER, timeout(), NOW, LATER, SCHEDULE);

        List<PaymentEvent> events = payment.record(PspExchange.QUERY,
                new PspOutcome.Answered(0, "0", OgoneStatusTable.ORDER_NOT_FOUND, "unknown order"), LATER, LATER,
                SCHEDULE);

        assertThat(payment.state()).isEqualTo(PaymentState.FAILED);
        assertThat(events).singleElement().isInstanceOf(PaymentEvent.Declined.class);
    }

    // --- the buyer back from 3-D Secure: a query ahead of the schedule

    private static final Duration INTERVAL = Duration.ofSeconds(2);

    private static Payment waitingForTheBuyer() {
        Payment payment = pendingSale();
        payment.record(PspExchange.ORDER, new PspOutcome.Answered(46, "3014657", "0", null, "PGh0bWw+"), NOW, NOW,
                SCHEDULE);
        return payment;
    }

    @Test
    void the_psp_may_be_asked_early_only_about_an_open_payment_whose_order_was_answered() {
        Payment pending = pendingSale();
        assertThat(pending.mayBeQueriedEarly(LATER, INTERVAL)).as("the order may still be on its way").isFalse();

        Payment waiting = waitingForTheBuyer();
        assertThat(waiting.mayBeQueriedEarly(NOW, INTERVAL)).isTrue();

        Payment captured = pendingSale();
        captured.record(PspExchange.ORDER, status(9), NOW, NOW, SCHEDULE);
        assertThat(captured.mayBeQueriedEarly(LATER, INTERVAL)).isFalse();
    }

    @Test
    void the_psp_is_asked_early_at_most_once_per_interval_whoever_asked_last() {
        Payment payment = waitingForTheBuyer();
        payment.recordEarlyQuery(status(46), NOW, NOW.plusMillis(300), SCHEDULE);

        assertThat(payment.lastQuerySentAt()).contains(NOW);
        assertThat(payment.mayBeQueriedEarly(NOW.plusMillis(1999), INTERVAL)).isFalse();
        assertThat(payment.mayBeQueriedEarly(NOW.plus(INTERVAL), INTERVAL)).isTrue();

        // a query of the reconciliation job counts as much
        payment.record(PspExchange.QUERY, status(46), LATER, LATER, SCHEDULE);
        assertThat(payment.mayBeQueriedEarly(LATER.plusSeconds(1), INTERVAL)).isFalse();
    }

    @Test
    void an_early_query_that_finds_the_payment_captured_settles_it_as_reconciliation_would() {
        Payment payment = waitingForTheBuyer();

        List<PaymentEvent> events = payment.recordEarlyQuery(status(9), LATER, LATER, SCHEDULE);

        assertThat(payment.state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(payment.buyerActionHtml()).isEmpty();
        assertThat(payment.nextCheckAt()).isEmpty();
        assertThat(payment.transactions()).extracting(PspTransaction::exchange)
                .containsExactly(PspExchange.ORDER, PspExchange.QUERY);
        assertThat(events).containsExactly(new PaymentEvent.Captured(payment.id(), LATER));
    }

    @Test
    void an_early_query_that_finds_the_challenge_failed_declines_the_payment() {
        Payment payment = waitingForTheBuyer();

        List<PaymentEvent> events = payment.recordEarlyQuery(
                new PspOutcome.Answered(2, "3014657", "40001134", "authentication failed"), LATER, LATER, SCHEDULE);

        assertThat(payment.state()).isEqualTo(PaymentState.DECLINED);
        assertThat(events).containsExactly(
                new PaymentEvent.Declined(payment.id(), PaymentState.DECLINED, 2, "40001134", LATER));
    }

    @Test
    void an_early_query_without_a_decision_is_kept_in_the_ledger_and_changes_nothing_else() {
        for (PspOutcome undecided : List.of(status(46), status(91), status(92), timeout(),
                new PspOutcome.Answered(0, "0", "50001111", "bad signature"),
                new PspOutcome.Answered(0, "0", OgoneStatusTable.ORDER_NOT_FOUND, "unknown order"))) {
            Payment payment = waitingForTheBuyer();
            Optional<Instant> nextCheck = payment.nextCheckAt();

            List<PaymentEvent> events = payment.recordEarlyQuery(undecided, LATER, LATER, SCHEDULE);

            assertThat(events).as("%s", undecided).isEmpty();
            assertThat(payment.state()).as("%s", undecided).isEqualTo(PaymentState.PENDING_BUYER_ACTION);
            assertThat(payment.buyerActionHtml()).as("%s", undecided).contains("PGh0bWw+");
            assertThat(payment.checksDone()).as("%s", undecided).isZero();
            assertThat(payment.nextCheckAt()).as("%s", undecided).isEqualTo(nextCheck);
            assertThat(payment.transactions()).as("%s", undecided).hasSize(2).last()
                    .satisfies(query -> assertThat(query.exchange()).isEqualTo(PspExchange.QUERY));
        }
    }

    @Test
    void an_early_query_refuses_a_settled_payment() {
        Payment payment = pendingSale();
        payment.record(PspExchange.ORDER, status(9), NOW, NOW, SCHEDULE);

        assertThatThrownBy(() -> payment.recordEarlyQuery(status(46), LATER, LATER, SCHEDULE))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(payment.transactions()).hasSize(1);
    }

    @Test
    void starts_only_with_the_card_that_card_entry_registered() {
        PaymentDetails withoutCard = new PaymentDetails("demo-theatre", Operation.SALE, new PspAlias("A1"),
                Money.parse("10", "EUR"), "ORDER-1", "alice", Channel.WEB, true, null);

        assertThatThrownBy(() -> Payment.start(PaymentFixtures.anyPaymentId(), withoutCard, NOW, SCHEDULE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a payment starts with the masked card of its alias");
    }

    @Test
    void a_payment_asked_for_with_a_saved_card_starts_only_once_the_card_has_given_its_alias() {
        PaymentDetails withoutAlias = new PaymentDetails("demo-theatre", Operation.SALE, null,
                Money.parse("10", "EUR"), "ORDER-1", "alice", Channel.WEB, true, null);

        assertThatThrownBy(() -> Payment.start(PaymentFixtures.anyPaymentId(), withoutAlias, NOW, SCHEDULE))
                .isInstanceOf(IllegalArgumentException.class);
        PaymentDetails withTheSavedCard = withoutAlias.withCard(new CardOnFile(new PspAlias("SAVED-1"),
                PaymentFixtures.visaCard()));
        assertThat(Payment.start(PaymentFixtures.anyPaymentId(), withTheSavedCard, NOW, SCHEDULE).details().alias())
                .isEqualTo(new PspAlias("SAVED-1"));
    }

    @Test
    void refuses_an_over_long_order_reference() {
        assertThatThrownBy(() -> new PaymentDetails("demo-theatre", Operation.SALE, new PspAlias("A1"),
                Money.parse("10", "EUR"), "R".repeat(65), "alice", Channel.WEB, false, null))
                .hasMessage("orderReference: must be at most 64 characters");
    }

    @Test
    void refuses_a_card_number_hidden_in_a_text_field() {
        assertThatThrownBy(() -> new MaskedCard("VISA", "XXXXXXXXXXXX1111", "12/29", "4111 1111 1111 1111"))
                .hasMessageContaining("card.holderName: looks like a card number");
    }

    @Test
    void refuses_a_masked_number_showing_more_than_bin_and_last_four_digits() {
        assertThat(new MaskedCard("VISA", "411111XXXXXX1111", "12/29", null).maskedNumber()).isEqualTo("411111XXXXXX1111");
        assertThatThrownBy(() -> new MaskedCard("VISA", "4111111XXXXX1111", "12/29", null))
                .hasMessageStartingWith("card.maskedNumber: must be masked");
        assertThatThrownBy(() -> new MaskedCard("VISA", "4111111111111111", "12/29", null))
                .hasMessageStartingWith("card.maskedNumber");
    }

    @Test
    void the_alias_never_shows_in_logs() {
        assertThat(new PspAlias("SECRET-ALIAS").toString()).doesNotContain("SECRET-ALIAS");
        assertThat(pendingSale().details().toString()).doesNotContain("ALIAS-1234");
    }
}
