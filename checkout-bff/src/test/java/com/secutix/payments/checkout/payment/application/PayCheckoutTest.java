package com.secutix.payments.checkout.payment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.secutix.payments.checkout.TestCheckouts;
import com.secutix.payments.checkout.payment.application.PayCheckout.Outcome;
import com.secutix.payments.checkout.payment.domain.BuyerBrowser;
import com.secutix.payments.checkout.payment.domain.EnteredCard;
import com.secutix.payments.checkout.payment.domain.GatewayPayment;
import com.secutix.payments.checkout.payment.domain.GatewayPaymentState;
import com.secutix.payments.checkout.payment.domain.PaymentChoice;
import com.secutix.payments.checkout.session.domain.CheckoutChannel;
import com.secutix.payments.checkout.session.domain.CheckoutOrder;
import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutSessionId;
import com.secutix.payments.checkout.session.domain.CheckoutState;
import com.secutix.payments.checkout.signin.SignedInBuyer;
import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Role;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class PayCheckoutTest {

    static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    static final int MAX_FAILED_ATTEMPTS = 3;
    static final BuyerBrowser BROWSER = new BuyerBrowser("198.51.100.7", "text/html", "Firefox", "fr-CH", 24, 1080, 1920, -60);
    static final PaymentChoice ENTERED_CARD = new PaymentChoice.EnteredCardChoice(false);
    static final PaymentChoice ENTERED_CARD_TO_SAVE = new PaymentChoice.EnteredCardChoice(true);
    static final PaymentChoice SAVED_CARD = new PaymentChoice.SavedCardChoice("8f7c1a52-6d4b-4e0f-9b8a-1f2e3d4c5b6a");

    static final Optional<SignedInBuyer> GUEST = Optional.empty();
    static final Optional<SignedInBuyer> THE_CUSTOMER = buyer(TestCheckouts.TENANT, TestCheckouts.CUSTOMER);
    static final Optional<SignedInBuyer> ANOTHER_CUSTOMER = buyer(TestCheckouts.TENANT, "bruno");
    static final Optional<SignedInBuyer> THE_CUSTOMER_OF_ANOTHER_TENANT = buyer("other-theatre", TestCheckouts.CUSTOMER);

    FakeGateway gateway = new FakeGateway();
    InMemoryCheckoutPayments payments = new InMemoryCheckoutPayments();
    CheckoutSession session = TestCheckouts.open(NOW.minusSeconds(60));

    @BeforeEach
    void aSessionWithACardEntered() {
        payments.add(session);
        payments.keepEnteredCard(session.id(), new EnteredCard("ALIAS-OF-THE-CARD", FakeGateway.CARD), NOW).block();
    }

    static Optional<SignedInBuyer> buyer(String tenant, String subject) {
        return Optional.of(new SignedInBuyer(new Caller(subject, tenant, Set.of(Role.CUSTOMER)), "access-token"));
    }

    PayCheckout payCheckout(FakeCardVault vault) {
        return new PayCheckout(gateway, vault, payments, s -> URI.create("http://localhost:8080/checkout/" + s.id() + "/authentication/return"),
                MAX_FAILED_ATTEMPTS, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    PayCheckout payCheckout() {
        return payCheckout(new FakeCardVault(true));
    }

    Outcome pay(PayCheckout payCheckout, Optional<SignedInBuyer> buyer, PaymentChoice choice) {
        return payCheckout.pay(session, buyer, choice, BROWSER).block();
    }

    @Test
    void a_double_click_on_pay_claims_the_session_once_and_charges_once() throws Exception {
        Sinks.One<GatewayPayment> gatewayAnswer = Sinks.one();
        gateway.answers(gatewayAnswer.asMono());
        PayCheckout payCheckout = payCheckout();

        CompletableFuture<Outcome> firstClick = payCheckout.pay(session, GUEST, ENTERED_CARD, BROWSER).toFuture();
        Outcome secondClick = pay(payCheckout, GUEST, ENTERED_CARD);
        gatewayAnswer.tryEmitValue(FakeGateway.payment(GatewayPaymentState.CAPTURED));

        assertThat(secondClick).isEqualTo(Outcome.NOT_PAYABLE);
        assertThat(firstClick.get()).isEqualTo(Outcome.PAID);
        assertThat(payments.claims()).isEqualTo(1);
        assertThat(gateway.payRequests()).hasSize(1);
        assertThat(payments.completions()).hasSize(1);
        assertThat(payments.stateOf(session.id())).isEqualTo(CheckoutState.COMPLETED);
    }

    @Test
    void a_paid_session_is_not_paid_again_by_a_later_click() {
        PayCheckout payCheckout = payCheckout();

        assertThat(pay(payCheckout, GUEST, ENTERED_CARD)).isEqualTo(Outcome.PAID);
        assertThat(pay(payCheckout, GUEST, ENTERED_CARD)).isEqualTo(Outcome.NOT_PAYABLE);

        assertThat(gateway.payRequests()).hasSize(1);
    }

    @Test
    void the_entered_card_is_paid_by_its_alias_for_the_order_of_the_session() {
        pay(payCheckout(), GUEST, ENTERED_CARD);

        PaymentOrder order = gateway.payRequests().get(0).order();
        assertThat(gateway.payRequests().get(0).tenantId()).isEqualTo(TestCheckouts.TENANT);
        assertThat(order.alias()).isEqualTo("ALIAS-OF-THE-CARD");
        assertThat(order.cardId()).isNull();
        assertThat(order.total()).isEqualTo(session.order().total());
        assertThat(order.orderId()).isEqualTo(session.order().orderId());
        assertThat(order.customerId()).isEqualTo(TestCheckouts.CUSTOMER);
        assertThat(order.browser()).isEqualTo(BROWSER);
        assertThat(order.toString()).doesNotContain("ALIAS-OF-THE-CARD");
    }

    @Test
    void a_checkout_opened_for_the_app_pays_on_the_mobile_channel_and_one_for_the_web_on_the_web() {
        pay(payCheckout(), GUEST, ENTERED_CARD);
        CheckoutSession inTheApp = CheckoutSession.open(new CheckoutSessionId(UUID.randomUUID()), TestCheckouts.TENANT,
                withChannel(TestCheckouts.order("ORD-APP-1"), CheckoutChannel.MOBILE), NOW.minusSeconds(60), NOW.plusSeconds(1800));
        payments.add(inTheApp);
        payments.keepEnteredCard(inTheApp.id(), new EnteredCard("ALIAS-OF-THE-APP-CARD", FakeGateway.CARD), NOW).block();

        payCheckout().pay(inTheApp, GUEST, ENTERED_CARD, BROWSER).block();

        assertThat(gateway.payRequests()).extracting(request -> request.order().channel())
                .containsExactly(CheckoutChannel.WEB, CheckoutChannel.MOBILE);
    }

    private static CheckoutOrder withChannel(CheckoutOrder order, CheckoutChannel channel) {
        return new CheckoutOrder(order.orderId(), order.customerId(), order.currency(), order.locale(), order.lines(),
                order.returnUrl(), order.cancelUrl(), channel);
    }

    @Test
    void a_declined_payment_releases_the_session_and_counts_one_failed_attempt() {
        gateway.answers(GatewayPaymentState.DECLINED);

        Outcome outcome = pay(payCheckout(), GUEST, ENTERED_CARD);

        assertThat(outcome).isEqualTo(Outcome.REFUSED);
        assertThat(payments.stateOf(session.id())).isEqualTo(CheckoutState.OPEN);
        assertThat(payments.failedAttemptsOf(session.id())).isEqualTo(1);
        assertThat(payments.completions()).isEmpty();
    }

    @Test
    void a_payment_the_gateway_refuses_to_take_counts_as_a_failed_attempt_too() {
        gateway.fails(new PaymentRefusedException("unknown card"));

        Outcome outcome = pay(payCheckout(), GUEST, ENTERED_CARD);

        assertThat(outcome).isEqualTo(Outcome.REFUSED);
        assertThat(payments.stateOf(session.id())).isEqualTo(CheckoutState.OPEN);
        assertThat(payments.failedAttemptsOf(session.id())).isEqualTo(1);
    }

    @Test
    void after_the_last_allowed_decline_the_next_pay_is_too_many_attempts_without_asking_the_gateway() {
        PayCheckout payCheckout = payCheckout();
        for (int attempt = 0; attempt < MAX_FAILED_ATTEMPTS; attempt++) {
            gateway.answers(GatewayPaymentState.DECLINED);
            assertThat(pay(payCheckout, GUEST, ENTERED_CARD)).isEqualTo(Outcome.REFUSED);
        }

        Outcome outcome = pay(payCheckout, GUEST, ENTERED_CARD);

        assertThat(outcome).isEqualTo(Outcome.TOO_MANY_ATTEMPTS);
        assertThat(gateway.payRequests()).hasSize(MAX_FAILED_ATTEMPTS);
        assertThat(payments.claims()).isEqualTo(MAX_FAILED_ATTEMPTS);
        assertThat(payments.failedAttemptsOf(session.id())).isEqualTo(MAX_FAILED_ATTEMPTS);
    }

    @Test
    void a_gateway_still_busy_with_the_payment_releases_the_session_without_counting_a_failed_attempt() {
        gateway.fails(new PaymentInProgressException("the same key's request is still running"));

        Outcome outcome = pay(payCheckout(), GUEST, ENTERED_CARD);

        assertThat(outcome).isEqualTo(Outcome.IN_PROGRESS);
        assertThat(payments.stateOf(session.id())).isEqualTo(CheckoutState.OPEN);
        assertThat(payments.failedAttemptsOf(session.id())).isZero();
    }

    @Test
    void a_gateway_too_busy_to_take_the_payment_says_so_and_lets_the_buyer_pay_again_under_the_same_key() {
        gateway.fails(new GatewayBusyException("running as many payments as it can; nothing was done"));

        Outcome outcome = pay(payCheckout(), GUEST, ENTERED_CARD);

        assertThat(outcome).isEqualTo(Outcome.BUSY);
        assertThat(payments.stateOf(session.id())).isEqualTo(CheckoutState.OPEN);
        assertThat(payments.failedAttemptsOf(session.id())).isZero();
        gateway.answers(GatewayPaymentState.CAPTURED);
        assertThat(pay(payCheckout(), GUEST, ENTERED_CARD)).isEqualTo(Outcome.PAID);
        assertThat(gateway.payRequests()).extracting(FakeGateway.PayRequest::idempotencyKey).hasSize(2)
                .containsOnly(gateway.payRequests().get(0).idempotencyKey());
    }

    @Test
    void a_payment_waiting_for_the_buyer_at_the_bank_keeps_the_session_and_its_payment() {
        GatewayPayment challenge = challenge();
        gateway.answers(Mono.just(challenge));

        Outcome outcome = pay(payCheckout(), GUEST, ENTERED_CARD);

        assertThat(outcome).isEqualTo(Outcome.AWAITING_BUYER);
        assertThat(payments.stateOf(session.id())).isEqualTo(CheckoutState.AWAITING_BUYER);
        assertThat(payments.stored(session.id()).paymentId).isEqualTo(challenge.id());
    }

    @Test
    void back_from_3_d_secure_a_captured_payment_completes_the_session_with_the_save_request_made_at_pay() {
        gateway.answers(Mono.just(challenge()));
        PayCheckout payCheckout = payCheckout(new FakeCardVault(true));
        assertThat(pay(payCheckout, THE_CUSTOMER, ENTERED_CARD_TO_SAVE)).isEqualTo(Outcome.AWAITING_BUYER);

        Outcome outcome = payCheckout.settle(session, Map.of("PAYID", "3012345678")).block();

        assertThat(outcome).isEqualTo(Outcome.PAID);
        assertThat(gateway.buyerReturns()).extracting(FakeGateway.BuyerReturn::redirectParameters)
                .containsExactly(Map.of("PAYID", "3012345678"));
        assertThat(payments.completions()).singleElement().satisfies(completion -> assertThat(completion.cardSaved()).isTrue());
        assertThat(payments.stateOf(session.id())).isEqualTo(CheckoutState.COMPLETED);
    }

    @Test
    void back_from_3_d_secure_a_declined_payment_reopens_the_session_and_counts_a_failed_attempt() {
        gateway.answers(Mono.just(challenge()));
        gateway.afterReturn(GatewayPaymentState.DECLINED);
        PayCheckout payCheckout = payCheckout();
        pay(payCheckout, GUEST, ENTERED_CARD);

        Outcome outcome = payCheckout.settle(session, Map.of()).block();

        assertThat(outcome).isEqualTo(Outcome.REFUSED);
        assertThat(payments.stateOf(session.id())).isEqualTo(CheckoutState.OPEN);
        assertThat(payments.failedAttemptsOf(session.id())).isEqualTo(1);
        assertThat(payments.completions()).isEmpty();
    }

    @Test
    void settling_a_session_with_no_payment_under_way_asks_the_gateway_nothing() {
        Outcome outcome = payCheckout().settle(session, Map.of()).block();

        assertThat(outcome).isEqualTo(Outcome.IN_PROGRESS);
        assertThat(gateway.buyerReturns()).isEmpty();
    }

    static GatewayPayment challenge() {
        return new GatewayPayment(UUID.randomUUID(), GatewayPaymentState.PENDING_BUYER_ACTION, FakeGateway.CARD,
                "P-3DS", "<form action=\"http://127.0.0.1:8090/ncol/test/challenge\"></form>");
    }

    @Test
    void a_saved_card_chosen_by_a_guest_is_no_card_and_asks_nothing() {
        FakeCardVault vault = new FakeCardVault(true);

        Outcome outcome = pay(payCheckout(vault), GUEST, SAVED_CARD);

        assertThat(outcome).isEqualTo(Outcome.NO_CARD);
        assertNothingAsked(vault);
    }

    @Test
    void a_saved_card_chosen_by_a_signed_in_buyer_who_is_not_the_sessions_customer_is_no_card_and_asks_nothing() {
        FakeCardVault vault = new FakeCardVault(true);
        PayCheckout payCheckout = payCheckout(vault);

        assertThat(pay(payCheckout, ANOTHER_CUSTOMER, SAVED_CARD)).isEqualTo(Outcome.NO_CARD);
        assertThat(pay(payCheckout, THE_CUSTOMER_OF_ANOTHER_TENANT, SAVED_CARD)).isEqualTo(Outcome.NO_CARD);

        assertNothingAsked(vault);
    }

    @Test
    void an_operator_of_the_tenant_signed_in_as_the_customers_name_is_not_the_customer() {
        Optional<SignedInBuyer> operator = Optional.of(new SignedInBuyer(
                new Caller(TestCheckouts.CUSTOMER, TestCheckouts.TENANT, Set.of(Role.OPERATOR)), "access-token"));
        FakeCardVault vault = new FakeCardVault(true);

        assertThat(pay(payCheckout(vault), operator, SAVED_CARD)).isEqualTo(Outcome.NO_CARD);

        assertNothingAsked(vault);
    }

    @Test
    void a_saved_card_chosen_by_the_signed_in_customer_is_paid_by_its_id_never_by_an_alias() {
        Outcome outcome = pay(payCheckout(), THE_CUSTOMER, SAVED_CARD);

        assertThat(outcome).isEqualTo(Outcome.PAID);
        PaymentOrder order = gateway.payRequests().get(0).order();
        assertThat(order.cardId()).isEqualTo(((PaymentChoice.SavedCardChoice) SAVED_CARD).cardId());
        assertThat(order.alias()).isNull();
        assertThat(order.saveCard()).isFalse();
    }

    @Test
    void an_entered_card_choice_without_a_card_entered_is_no_card_and_charges_nothing() {
        CheckoutSession withoutCard = TestCheckouts.open(NOW.minusSeconds(60));
        payments.add(withoutCard);

        Outcome outcome = payCheckout().pay(withoutCard, GUEST, ENTERED_CARD, BROWSER).block();

        assertThat(outcome).isEqualTo(Outcome.NO_CARD);
        assertThat(gateway.payRequests()).isEmpty();
        assertThat(payments.stateOf(withoutCard.id())).isEqualTo(CheckoutState.OPEN);
    }

    @Test
    void saving_is_requested_when_the_buyer_is_the_customer_and_the_tenant_allows_saving() {
        FakeCardVault vault = new FakeCardVault(true);

        pay(payCheckout(vault), THE_CUSTOMER, ENTERED_CARD_TO_SAVE);

        assertThat(gateway.payRequests().get(0).order().saveCard()).isTrue();
        assertThat(payments.completions().get(0).cardSaved()).isTrue();
    }

    @Test
    void saving_is_not_requested_when_the_tenant_does_not_allow_it() {
        FakeCardVault vault = new FakeCardVault(false);

        pay(payCheckout(vault), THE_CUSTOMER, ENTERED_CARD_TO_SAVE);

        assertThat(vault.savingAsked()).isEqualTo(1);
        assertThat(gateway.payRequests().get(0).order().saveCard()).isFalse();
        assertThat(payments.completions().get(0).cardSaved()).isFalse();
    }

    @Test
    void saving_is_not_requested_for_a_guest_or_another_buyer_and_the_vault_is_not_asked() {
        FakeCardVault vault = new FakeCardVault(true);
        CheckoutSession second = TestCheckouts.open(NOW.minusSeconds(60));
        payments.add(second);
        payments.keepEnteredCard(second.id(), new EnteredCard("ALIAS-2", FakeGateway.CARD), NOW).block();
        PayCheckout payCheckout = payCheckout(vault);

        pay(payCheckout, GUEST, ENTERED_CARD_TO_SAVE);
        payCheckout.pay(second, ANOTHER_CUSTOMER, ENTERED_CARD_TO_SAVE, BROWSER).block();

        assertThat(vault.savingAsked()).isZero();
        assertThat(gateway.payRequests()).extracting(request -> request.order().saveCard()).containsExactly(false, false);
    }

    @Test
    void saving_is_not_requested_when_the_customer_did_not_ask() {
        FakeCardVault vault = new FakeCardVault(true);

        pay(payCheckout(vault), THE_CUSTOMER, ENTERED_CARD);

        assertThat(vault.savingAsked()).isZero();
        assertThat(gateway.payRequests().get(0).order().saveCard()).isFalse();
    }

    @Test
    void the_idempotency_key_stays_the_same_for_a_retry_after_a_gateway_failure_and_changes_after_a_refusal() {
        PayCheckout payCheckout = payCheckout();
        gateway.fails(new IllegalStateException("the gateway did not answer"));
        gateway.answers(GatewayPaymentState.DECLINED);
        gateway.answers(GatewayPaymentState.CAPTURED);

        assertThatThrownBy(() -> pay(payCheckout, GUEST, ENTERED_CARD)).hasMessageContaining("the gateway did not answer");
        assertThat(payments.stateOf(session.id())).isEqualTo(CheckoutState.OPEN);
        assertThat(payments.releases()).containsExactly(false);
        assertThat(pay(payCheckout, GUEST, ENTERED_CARD)).isEqualTo(Outcome.REFUSED);
        assertThat(pay(payCheckout, GUEST, ENTERED_CARD)).isEqualTo(Outcome.PAID);

        List<String> keys = gateway.idempotencyKeys();
        assertThat(keys).hasSize(3);
        assertThat(keys.get(1)).isEqualTo(keys.get(0));
        assertThat(keys.get(2)).isNotEqualTo(keys.get(1));
        assertThat(keys).allSatisfy(key -> assertThat(key).contains(session.id().toString()));
    }

    @Test
    void a_second_tab_that_read_the_session_before_the_first_tabs_decline_pays_under_a_new_key_not_the_declined_ones()
            throws Exception {
        Sinks.One<Boolean> policyAnswer = Sinks.one();
        FakeCardVault slowVault = new FakeCardVault(true).answeringAfter(policyAnswer.asMono());
        PayCheckout payCheckout = payCheckout(slowVault);
        gateway.answers(GatewayPaymentState.DECLINED);
        gateway.answers(GatewayPaymentState.CAPTURED);

        CompletableFuture<Outcome> secondTab = payCheckout.pay(session, THE_CUSTOMER, ENTERED_CARD_TO_SAVE, BROWSER).toFuture();
        Outcome firstTab = pay(payCheckout, GUEST, ENTERED_CARD);
        policyAnswer.tryEmitValue(true);

        assertThat(firstTab).isEqualTo(Outcome.REFUSED);
        assertThat(secondTab.get()).isEqualTo(Outcome.PAID);
        List<String> keys = gateway.idempotencyKeys();
        assertThat(keys).hasSize(2).doesNotHaveDuplicates();
        assertThat(payments.failedAttemptsOf(session.id())).isEqualTo(1);
    }

    @Test
    void the_idempotency_key_of_one_session_is_never_that_of_another() {
        CheckoutSession other = TestCheckouts.open(NOW.minusSeconds(60));
        payments.add(other);
        payments.keepEnteredCard(other.id(), new EnteredCard("ALIAS-2", FakeGateway.CARD), NOW).block();
        PayCheckout payCheckout = payCheckout();

        pay(payCheckout, GUEST, ENTERED_CARD);
        payCheckout.pay(other, GUEST, ENTERED_CARD, BROWSER).block();

        assertThat(gateway.idempotencyKeys()).doesNotHaveDuplicates();
    }

    @Test
    void an_expired_session_is_not_payable_and_the_gateway_is_not_asked() {
        CheckoutSession expired = TestCheckouts.openUntil(NOW.minusSeconds(3600), NOW.minusSeconds(1));
        payments.add(expired);
        payments.keepEnteredCard(expired.id(), new EnteredCard("ALIAS-2", FakeGateway.CARD), NOW).block();

        Outcome outcome = payCheckout().pay(expired, GUEST, ENTERED_CARD, BROWSER).block();

        assertThat(outcome).isEqualTo(Outcome.NOT_PAYABLE);
        assertThat(gateway.payRequests()).isEmpty();
    }

    private void assertNothingAsked(FakeCardVault vault) {
        assertThat(gateway.payRequests()).isEmpty();
        assertThat(payments.claims()).isZero();
        assertThat(payments.stateOf(session.id())).isEqualTo(CheckoutState.OPEN);
        assertThat(vault.savingAsked()).isZero();
        assertThat(vault.savedCardsAsked()).isZero();
    }

    @Test
    void a_saved_card_whose_security_code_the_policy_asks_for_is_sent_to_the_code_step_without_a_failed_attempt() {
        gateway.fails(new SecurityCodeRequiredException("the policy asks for the CVV"));

        assertThat(pay(payCheckout(), THE_CUSTOMER, SAVED_CARD)).isEqualTo(Outcome.SECURITY_CODE_NEEDED);

        assertThat(payments.stateOf(session.id())).isEqualTo(CheckoutState.OPEN);
        assertThat(payments.progress(session.id()).block().failedAttempts()).isZero();
    }

    @Test
    void once_the_code_is_entered_the_same_payment_goes_under_the_same_key() {
        gateway.fails(new SecurityCodeRequiredException("the policy asks for the CVV"));
        PayCheckout payCheckout = payCheckout();
        pay(payCheckout, THE_CUSTOMER, SAVED_CARD);

        assertThat(pay(payCheckout, THE_CUSTOMER, SAVED_CARD)).isEqualTo(Outcome.PAID);

        assertThat(gateway.idempotencyKeys()).hasSize(2).containsOnly(gateway.idempotencyKeys().get(0));
    }

    @Test
    void an_entered_card_tried_before_whose_code_the_policy_asks_for_again_is_forgotten_for_a_new_entry() {
        gateway.fails(new SecurityCodeRequiredException("the code typed with this alias went with its first payment"));

        assertThat(pay(payCheckout(), GUEST, ENTERED_CARD)).isEqualTo(Outcome.ENTER_CARD_AGAIN);

        assertThat(payments.enteredCard(session.id()).blockOptional()).isEmpty();
        assertThat(payments.stateOf(session.id())).isEqualTo(CheckoutState.OPEN);
        assertThat(payments.progress(session.id()).block().failedAttempts()).isZero();
        assertThat(pay(payCheckout(), GUEST, ENTERED_CARD)).as("nothing left to pay with").isEqualTo(Outcome.NO_CARD);
        assertThat(gateway.payRequests()).hasSize(1);
    }
}
