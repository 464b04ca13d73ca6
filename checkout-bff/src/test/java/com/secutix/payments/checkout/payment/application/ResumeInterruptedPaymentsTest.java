package com.secutix.payments.checkout.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.checkout.TestCheckouts;
import com.secutix.payments.checkout.payment.domain.EnteredCard;
import com.secutix.payments.checkout.session.application.CheckoutSessions;
import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutSessionId;
import com.secutix.payments.checkout.session.domain.CheckoutState;
import com.secutix.payments.checkout.session.domain.SessionPayment;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class ResumeInterruptedPaymentsTest {

    static final Instant CLAIMED = Instant.parse("2027-03-01T10:00:00Z");
    static final Duration STUCK_AFTER = Duration.ofMinutes(2);

    FakeGateway gateway = new FakeGateway();
    InMemoryCheckoutPayments payments = new InMemoryCheckoutPayments();
    CheckoutSession session = TestCheckouts.open(CLAIMED.minusSeconds(60));

    @BeforeEach
    void aSessionWithACardEnteredClaimedForPayment() {
        payments.add(session);
        payments.keepEnteredCard(session.id(), new EnteredCard("ALIAS-OF-THE-CARD", FakeGateway.CARD), CLAIMED).block();
        assertThat(payments.claimForPayment(session.id(), CLAIMED, 3).block()).isTrue();
    }

    ResumeInterruptedPayments resumingAt(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        PayCheckout payCheckout = new PayCheckout(gateway, new FakeCardVault(true), payments,
                s -> URI.create("http://localhost:8080/checkout/" + s.id() + "/authentication/return"), 3, clock);
        return new ResumeInterruptedPayments(payments, sessionsOf(session), payCheckout, STUCK_AFTER, 10, clock);
    }

    /** The one session, as the store now records it. */
    CheckoutSessions sessionsOf(CheckoutSession only) {
        return new CheckoutSessions() {
            @Override
            public Mono<Boolean> addIfNoneForOrder(CheckoutSession session) {
                return Mono.just(false);
            }

            @Override
            public Mono<CheckoutSession> find(String tenantId, CheckoutSessionId id) {
                return findById(id);
            }

            @Override
            public Mono<CheckoutSession> findById(CheckoutSessionId id) {
                return only.id().equals(id) ? Mono.just(new CheckoutSession(only.id(), only.tenantId(), only.order(),
                        payments.stateOf(id), only.createdAt(), only.expiresAt())) : Mono.empty();
            }

            @Override
            public Mono<SessionPayment> paymentOf(CheckoutSessionId id) {
                return Mono.empty();
            }

            @Override
            public Mono<CheckoutSession> findByOrder(String tenantId, String orderId) {
                return Mono.empty();
            }

            @Override
            public Mono<Integer> expireDue(Instant now, int limit) {
                return Mono.just(0);
            }
        };
    }

    @Test
    void a_payment_interrupted_after_its_request_was_kept_is_sent_again_under_the_same_key_and_the_session_ends_as_it_did() {
        PendingPayment pending = new PendingPayment("checkout-" + session.id() + "-0", null, true, PayCheckoutTest.BROWSER);
        payments.keepPending(session.id(), pending).block();

        assertThat(resumingAt(CLAIMED.plus(STUCK_AFTER).plusSeconds(1)).resume().block()).isEqualTo(1);

        assertThat(gateway.idempotencyKeys()).containsExactly(pending.idempotencyKey());
        assertThat(gateway.payRequests().get(0).order().alias()).isEqualTo("ALIAS-OF-THE-CARD");
        assertThat(gateway.payRequests().get(0).order().saveCard()).isTrue();
        assertThat(payments.stateOf(session.id())).isEqualTo(CheckoutState.COMPLETED);
    }

    @Test
    void a_saved_card_payment_is_sent_again_with_the_same_card_id() {
        payments.keepPending(session.id(), new PendingPayment("checkout-" + session.id() + "-0",
                "8f7c1a52-6d4b-4e0f-9b8a-1f2e3d4c5b6a", false, PayCheckoutTest.BROWSER)).block();

        resumingAt(CLAIMED.plus(STUCK_AFTER).plusSeconds(1)).resume().block();

        assertThat(gateway.payRequests().get(0).order().cardId()).isEqualTo("8f7c1a52-6d4b-4e0f-9b8a-1f2e3d4c5b6a");
        assertThat(gateway.payRequests().get(0).order().alias()).isNull();
    }

    @Test
    void a_session_stopped_before_it_kept_its_request_sent_nothing_and_opens_again_without_a_failed_attempt() {
        assertThat(resumingAt(CLAIMED.plus(STUCK_AFTER).plusSeconds(1)).resume().block()).isEqualTo(1);

        assertThat(gateway.payRequests()).isEmpty();
        assertThat(payments.stateOf(session.id())).isEqualTo(CheckoutState.OPEN);
        assertThat(payments.progress(session.id()).block().failedAttempts()).isZero();
    }

    @Test
    void a_buyer_who_never_came_back_from_3d_secure_sees_the_session_follow_the_payment_the_gateway_settled() {
        payments.awaitBuyer(session.id(), UUID.randomUUID(), false).block();

        resumingAt(CLAIMED.plus(STUCK_AFTER).plusSeconds(1)).resume().block();

        assertThat(gateway.payRequests()).isEmpty();
        assertThat(gateway.buyerReturns()).as("the background round does not make the PSP be asked").isEmpty();
        assertThat(payments.stateOf(session.id())).isEqualTo(CheckoutState.COMPLETED);
    }

    @Test
    void a_payment_under_way_for_less_than_a_payment_takes_is_left_alone() {
        payments.keepPending(session.id(), new PendingPayment("k", null, false, PayCheckoutTest.BROWSER)).block();

        assertThat(resumingAt(CLAIMED.plus(STUCK_AFTER).minusSeconds(1)).resume().block()).isZero();

        assertThat(gateway.payRequests()).isEmpty();
        assertThat(payments.stateOf(session.id())).isEqualTo(CheckoutState.PAYING);
    }
}
