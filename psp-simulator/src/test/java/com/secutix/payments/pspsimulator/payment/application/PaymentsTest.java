package com.secutix.payments.pspsimulator.payment.application;

import com.secutix.payments.pspsimulator.MutableClock;
import com.secutix.payments.pspsimulator.card.domain.Brand;
import com.secutix.payments.pspsimulator.card.domain.CardBehaviour;
import com.secutix.payments.pspsimulator.card.domain.CardView;
import com.secutix.payments.pspsimulator.card.domain.ExpiryDate;
import com.secutix.payments.pspsimulator.payment.domain.NcError;
import com.secutix.payments.pspsimulator.payment.domain.OperationCode;
import com.secutix.payments.pspsimulator.payment.domain.OrderAmount;
import com.secutix.payments.pspsimulator.payment.domain.Payment;
import com.secutix.payments.pspsimulator.payment.domain.PaymentDetails;
import com.secutix.payments.pspsimulator.payment.domain.ThreeDsReturn;
import com.secutix.payments.pspsimulator.payment.domain.TransactionStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentsTest {

    private static final String DEMO = "SECUTIXDEMO";
    private static final String OTHER = "OTHERSHOP";
    private static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));

    @Test
    void keeps_at_most_the_maximum_of_transactions_and_evicts_the_oldest_first() {
        Payments payments = payments(2);
        Payment first = sale(payments, DEMO, "order-1");
        Payment second = sale(payments, DEMO, "order-2");
        payments.byPayId(DEMO, first.payId());

        Payment third = sale(payments, DEMO, "order-3");

        assertThat(payments.byPayId(DEMO, first.payId())).isEmpty();
        assertThat(payments.byOrderId(DEMO, "order-1")).isEmpty();
        assertThat(payments.byPayId(DEMO, second.payId())).contains(second);
        assertThat(payments.byOrderId(DEMO, "order-3")).contains(third);
        assertThat(payments.all()).containsExactly(second, third);
        assertThat(payments.evictedCount()).isOne();
    }

    @Test
    void an_orderid_keeps_its_later_payment_when_its_refused_first_try_is_evicted() {
        Payments payments = payments(2);
        payments.placeOrder(DEMO, "retried", id -> Payment.decided(id, details(DEMO, "retried"),
                TransactionStatus.PAYMENT_REFUSED, NcError.PAYMENT_REFUSED, clock.instant()));
        Payment retry = sale(payments, DEMO, "retried");

        sale(payments, DEMO, "newer");

        assertThat(payments.byOrderId(DEMO, "retried")).contains(retry);
    }

    @Test
    void counts_the_ledger_entries_of_evicted_transactions_per_merchant_account() {
        Payments payments = payments(1);
        Payment captured = payments.placeOrder(DEMO, "order-1", id -> Payment.decided(id,
                details(DEMO, "order-1", OperationCode.RES), TransactionStatus.AUTHORISED, NcError.NONE,
                clock.instant()));
        captured.capture(null, true, clock.instant());
        sale(payments, OTHER, "order-2");

        sale(payments, DEMO, "order-3");

        assertThat(payments.evictedLedgerEntries(Optional.of(DEMO))).isEqualTo(2);
        assertThat(payments.evictedLedgerEntries(Optional.of(OTHER))).isOne();
        assertThat(payments.evictedLedgerEntries(Optional.empty())).isEqualTo(3);
        assertThat(payments.evictedLedgerEntries(Optional.of("NOBODY"))).isZero();
    }

    @Test
    void a_pending_challenge_expires_after_its_lifetime_and_the_payment_stays_waiting() {
        Payments payments = payments(10);
        Payment waiting = challenged(payments, "3ds-1", "token-1");

        clock.advance(CHALLENGE_LIFETIME.minusSeconds(1));
        assertThat(payments.peekChallenge("token-1")).contains(waiting);

        clock.advance(Duration.ofSeconds(1));
        assertThat(payments.peekChallenge("token-1")).isEmpty();
        assertThat(payments.takeChallenge("token-1")).isEmpty();
        assertThat(payments.pendingChallengeCount()).isZero();
        assertThat(payments.byPayId(DEMO, waiting.payId())).map(Payment::status)
                .contains(TransactionStatus.WAITING_FOR_IDENTIFICATION);
    }

    @Test
    void a_challenge_token_works_once() {
        Payments payments = payments(10);
        Payment waiting = challenged(payments, "3ds-1", "token-1");

        assertThat(payments.takeChallenge("token-1")).contains(waiting);
        assertThat(payments.takeChallenge("token-1")).isEmpty();
    }

    @Test
    void the_challenge_of_an_evicted_transaction_goes_with_it() {
        Payments payments = payments(1);
        challenged(payments, "3ds-1", "token-1");

        sale(payments, DEMO, "newer");

        assertThat(payments.peekChallenge("token-1")).isEmpty();
        assertThat(payments.pendingChallengeCount()).isZero();
    }

    @Test
    void starting_afresh_forgets_transactions_challenges_and_eviction_counts() {
        Payments payments = payments(1);
        sale(payments, DEMO, "order-1");
        challenged(payments, "3ds-1", "token-1");

        payments.clear();

        assertThat(payments.count()).isZero();
        assertThat(payments.pendingChallengeCount()).isZero();
        assertThat(payments.evictedCount()).isZero();
        assertThat(payments.evictedLedgerEntries(Optional.empty())).isZero();
    }

    private Payments payments(int maxTransactions) {
        return new Payments(clock, clock.ticker(), maxTransactions, CHALLENGE_LIFETIME);
    }

    private Payment sale(Payments payments, String pspid, String orderId) {
        return payments.placeOrder(pspid, orderId, id -> Payment.decided(id, details(pspid, orderId),
                TransactionStatus.CAPTURED, NcError.NONE, clock.instant()));
    }

    private Payment challenged(Payments payments, String orderId, String token) {
        ThreeDsReturn back = new ThreeDsReturn(token, "https://shop.example/accept", "", "", "");
        Payment payment = payments.placeOrder(DEMO, orderId, id -> Payment.awaitingIdentification(id,
                details(DEMO, orderId), back, clock.instant()));
        payments.registerChallenge(token, payment.payId());
        return payment;
    }

    private static PaymentDetails details(String pspid, String orderId) {
        return details(pspid, orderId, OperationCode.SAL);
    }

    private static PaymentDetails details(String pspid, String orderId, OperationCode operation) {
        CardView card = new CardView("ALIAS1", Brand.VISA, "XXXXXXXXXXXX1111",
                new ExpiryDate(YearMonth.of(2039, 12)), "Ada", CardBehaviour.APPROVE);
        return new PaymentDetails(pspid, orderId, operation, new OrderAmount(1000, "EUR"), card, "7");
    }
}
