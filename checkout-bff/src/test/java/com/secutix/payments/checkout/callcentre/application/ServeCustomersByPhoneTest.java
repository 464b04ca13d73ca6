package com.secutix.payments.checkout.callcentre.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.secutix.payments.checkout.account.application.AccountCardVault;
import com.secutix.payments.checkout.account.application.UnknownAccountCardException;
import com.secutix.payments.checkout.account.domain.AccountCard;
import com.secutix.payments.checkout.callcentre.application.ServeCustomersByPhone.PaymentOutcome;
import com.secutix.payments.checkout.callcentre.domain.CustomerId;
import com.secutix.payments.checkout.callcentre.domain.OperatorAction;
import com.secutix.payments.checkout.callcentre.domain.OperatorActionType;
import com.secutix.payments.checkout.callcentre.domain.PhoneOrder;
import com.secutix.payments.checkout.payment.application.CardEntryRefusedException;
import com.secutix.payments.checkout.payment.application.GatewayBusyException;
import com.secutix.payments.checkout.payment.application.PaymentInProgressException;
import com.secutix.payments.checkout.payment.application.PaymentRefusedException;
import com.secutix.payments.checkout.payment.application.SecurityCodeRequiredException;
import com.secutix.payments.checkout.payment.domain.CardEntryForm;
import com.secutix.payments.checkout.payment.domain.EnteredCard;
import com.secutix.payments.checkout.payment.domain.GatewayPayment;
import com.secutix.payments.checkout.payment.domain.GatewayPaymentState;
import com.secutix.payments.checkout.payment.domain.ShownCard;
import com.secutix.payments.checkout.signin.SignedInBuyer;
import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Role;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class ServeCustomersByPhoneTest {

    static final String TENANT = "demo-theatre";
    static final CustomerId ALICE = new CustomerId("alice");
    static final UUID ALICES_CARD = UUID.randomUUID();
    static final UUID ALICES_EXPIRED_CARD = UUID.randomUUID();
    static final SignedInBuyer OLIVIA = new SignedInBuyer(new Caller("olivia", TENANT, Set.of(Role.OPERATOR)), "olivia-token");
    static final SignedInBuyer ALICE_HERSELF = new SignedInBuyer(new Caller("alice", TENANT, Set.of(Role.CUSTOMER)), "alice-token");
    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    /** The vault answering the operator's token with Alice's cards (a usable one and an expired one). */
    static class Vault implements AccountCardVault {
        final List<String> askedWith = new ArrayList<>();

        @Override
        public Flux<AccountCard> cardsOf(String accessToken, String customerId) {
            askedWith.add(accessToken + " " + customerId);
            return customerId.equals("alice") ? Flux.just(
                    new AccountCard(ALICES_CARD.toString(), new ShownCard("VISA", "XXXXXXXXXXXX1111", "12/29", "ALICE"), "WEB", false),
                    new AccountCard(ALICES_EXPIRED_CARD.toString(), new ShownCard("VISA", "XXXXXXXXXXXX4242", "01/20", "ALICE"), "WEB", true))
                    : Flux.empty();
        }

        @Override
        public Mono<Void> delete(SignedInBuyer buyer, String cardId) {
            return Mono.error(new UnknownAccountCardException("not here"));
        }
    }

    static class Gateway implements PhonePayments {
        final List<PhoneOrder> paid = new ArrayList<>();
        final List<String> tokens = new ArrayList<>();
        RuntimeException refusal;
        GatewayPaymentState state = GatewayPaymentState.CAPTURED;
        boolean codeRefused;

        @Override
        public Mono<GatewayPayment> pay(String operatorToken, String customerId, PhoneOrder order) {
            tokens.add(operatorToken);
            if (refusal != null) {
                return Mono.error(refusal);
            }
            paid.add(order);
            return Mono.just(new GatewayPayment(UUID.randomUUID(), state, null, "PSP-1", null));
        }

        final List<String> paidWithEnteredCard = new ArrayList<>();

        @Override
        public Mono<GatewayPayment> payWithEnteredCard(String operatorToken, String customerId, PhoneOrder order, EnteredCard card) {
            tokens.add(operatorToken);
            paidWithEnteredCard.add(customerId + " " + card.alias() + " save=" + order.saveNewCard());
            return Mono.just(new GatewayPayment(UUID.randomUUID(), state, card.card(), "PSP-2", null));
        }

        @Override
        public Mono<CardEntryForm> cardEntryForm(String operatorToken, String customerId, String orderReference, URI accepted,
                                                 URI refused) {
            return Mono.just(new CardEntryForm(URI.create("http://psp/alias_gateway_utf8.asp"), Map.of("ORDERID", "CE-NEW")));
        }

        @Override
        public Mono<EnteredCard> cardEntryResult(String operatorToken, Map<String, String> redirectParameters) {
            return codeRefused ? Mono.error(new CardEntryRefusedException("refused"))
                    : Mono.just(new EnteredCard("ALIAS-NEW", new ShownCard("MasterCard", "XXXXXXXXXXXX4444", "12/30", "ALICE")));
        }

        @Override
        public Mono<CardEntryForm> securityCodeForm(String operatorToken, String customerId, String orderReference, String cardId,
                                                    URI accepted, URI refused) {
            return Mono.just(new CardEntryForm(URI.create("http://psp/alias_gateway_utf8.asp"), Map.of("ORDERID", "CE-9")));
        }

        @Override
        public Mono<Void> securityCodeResult(String operatorToken, Map<String, String> redirectParameters) {
            return codeRefused ? Mono.error(new CardEntryRefusedException("refused")) : Mono.empty();
        }
    }

    static class Audit implements OperatorAudit {
        final List<OperatorAction> lines = new ArrayList<>();

        @Override
        public Mono<Void> record(OperatorAction action) {
            return Mono.fromRunnable(() -> lines.add(action));
        }

        @Override
        public Flux<OperatorAction> latest(String tenantId, String customerId, int limit) {
            return Flux.fromIterable(lines);
        }
    }

    final Vault vault = new Vault();
    final Gateway gateway = new Gateway();
    final Audit audit = new Audit();
    final ServeCustomersByPhone phone = new ServeCustomersByPhone(vault, gateway, audit,
            (customer, card) -> new ServeCustomersByPhone.ReturnPages(URI.create("http://bff/accepted"), URI.create("http://bff/refused")),
            Clock.fixed(NOW, ZoneOffset.UTC));

    static PhoneOrder order(UUID card) {
        return PhoneOrder.of("ORD-7", "82.50", "EUR", card.toString(), UUID.randomUUID().toString());
    }

    @Test
    void an_operator_sees_the_customers_cards_with_their_own_token_and_it_is_audited() {
        List<AccountCard> cards = phone.cards(OLIVIA, ALICE).block();

        assertThat(cards).hasSize(2);
        assertThat(vault.askedWith).containsExactly("olivia-token alice");
        assertThat(audit.lines).singleElement().satisfies(line -> {
            assertThat(line.tenantId()).isEqualTo(TENANT);
            assertThat(line.operator()).isEqualTo("olivia");
            assertThat(line.customerId()).isEqualTo("alice");
            assertThat(line.action()).isEqualTo(OperatorActionType.VIEW_CARDS);
            assertThat(line.outcome()).isEqualTo("DONE");
            assertThat(line.occurredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void an_operator_pays_an_order_with_a_usable_card_of_the_customer_and_it_is_audited() {
        PhoneOrder order = order(ALICES_CARD);

        ServeCustomersByPhone.PhonePayment payment = phone.pay(OLIVIA, ALICE, order).block();

        assertThat(payment.outcome()).isEqualTo(PaymentOutcome.PAID);
        assertThat(gateway.paid).containsExactly(order);
        assertThat(gateway.tokens).containsExactly("olivia-token");
        assertThat(audit.lines).singleElement().satisfies(line -> {
            assertThat(line.action()).isEqualTo(OperatorActionType.PAY);
            assertThat(line.cardId()).isEqualTo(ALICES_CARD);
            assertThat(line.orderId()).isEqualTo("ORD-7");
            assertThat(line.outcome()).isEqualTo("PAID");
        });
    }

    @Test
    void an_expired_card_or_one_that_is_not_the_customers_is_never_sent_to_the_gateway_and_the_refusal_is_audited() {
        for (UUID card : List.of(ALICES_EXPIRED_CARD, UUID.randomUUID())) {
            assertThat(phone.pay(OLIVIA, ALICE, order(card)).block().outcome()).isEqualTo(PaymentOutcome.UNKNOWN_CARD);
        }

        assertThat(gateway.tokens).isEmpty();
        assertThat(audit.lines).extracting(OperatorAction::outcome).containsExactly("UNKNOWN_CARD", "UNKNOWN_CARD");
    }

    @Test
    void a_customer_is_not_an_operator_and_the_refusal_is_audited_with_nothing_else_done() {
        assertThatThrownBy(() -> phone.cards(ALICE_HERSELF, ALICE).block()).isInstanceOf(NotAnOperatorException.class);
        assertThatThrownBy(() -> phone.pay(ALICE_HERSELF, ALICE, order(ALICES_CARD)).block()).isInstanceOf(NotAnOperatorException.class);

        assertThat(vault.askedWith).isEmpty();
        assertThat(gateway.tokens).isEmpty();
        assertThat(audit.lines).extracting(OperatorAction::outcome).containsExactly("NOT_AN_OPERATOR", "NOT_AN_OPERATOR");
        assertThat(audit.lines).extracting(OperatorAction::operator).containsOnly("alice");
    }

    @Test
    void the_gateways_answers_become_outcomes_each_audited() {
        gateway.refusal = new SecurityCodeRequiredException("cvv required at the call centre");
        assertThat(phone.pay(OLIVIA, ALICE, order(ALICES_CARD)).block().outcome()).isEqualTo(PaymentOutcome.SECURITY_CODE_NEEDED);
        gateway.refusal = new PaymentRefusedException("no");
        assertThat(phone.pay(OLIVIA, ALICE, order(ALICES_CARD)).block().outcome()).isEqualTo(PaymentOutcome.REFUSED);
        gateway.refusal = new PaymentInProgressException("the same key's request is still running");
        assertThat(phone.pay(OLIVIA, ALICE, order(ALICES_CARD)).block().outcome()).isEqualTo(PaymentOutcome.IN_PROGRESS);
        gateway.refusal = new GatewayBusyException("running as many payments as it can; nothing was done");
        assertThat(phone.pay(OLIVIA, ALICE, order(ALICES_CARD)).block().outcome()).isEqualTo(PaymentOutcome.BUSY);
        gateway.refusal = null;
        gateway.state = GatewayPaymentState.DECLINED;
        assertThat(phone.pay(OLIVIA, ALICE, order(ALICES_CARD)).block().outcome()).isEqualTo(PaymentOutcome.DECLINED);

        assertThat(audit.lines).extracting(OperatorAction::outcome)
                .containsExactly("SECURITY_CODE_NEEDED", "REFUSED", "IN_PROGRESS", "BUSY", "DECLINED");
    }

    @Test
    void a_security_code_redirect_is_taken_only_for_the_form_this_operator_asked_for() {
        CardEntryForm form = phone.securityCodeForm(OLIVIA, ALICE, "ORD-7", ALICES_CARD).block();

        assertThat(phone.acceptSecurityCode(OLIVIA, ALICE, ALICES_CARD, form.pspOrderId(), Map.of("ORDERID", "CE-other")).block()).isFalse();
        assertThat(phone.acceptSecurityCode(OLIVIA, ALICE, ALICES_CARD, form.pspOrderId(), Map.of("ORDERID", "CE-9")).block()).isTrue();
        gateway.codeRefused = true;
        assertThat(phone.acceptSecurityCode(OLIVIA, ALICE, ALICES_CARD, form.pspOrderId(), Map.of("ORDERID", "CE-9")).block()).isFalse();

        assertThat(audit.lines).extracting(line -> line.action() + " " + line.outcome()).containsExactly(
                "SECURITY_CODE_FORM DONE", "SECURITY_CODE_ENTERED REFUSED", "SECURITY_CODE_ENTERED DONE", "SECURITY_CODE_ENTERED REFUSED");
    }

    @Test
    void no_security_code_form_for_an_expired_card_and_the_refusal_is_audited() {
        assertThat(phone.securityCodeForm(OLIVIA, ALICE, "ORD-7", ALICES_EXPIRED_CARD).blockOptional()).isEmpty();

        assertThat(audit.lines).extracting(OperatorAction::outcome).containsExactly("UNKNOWN_CARD");
    }

    @Test
    void a_new_card_the_customer_reads_out_pays_the_order_at_once_and_is_saved_when_they_agreed() {
        PhoneOrder order = PhoneOrder.withNewCard("ORD-8", "40.00", "EUR", UUID.randomUUID().toString(), true);
        CardEntryForm form = phone.newCardForm(OLIVIA, ALICE, order).block();

        ServeCustomersByPhone.PhonePayment payment = phone.payWithNewCard(OLIVIA, ALICE, order, form.pspOrderId(),
                Map.of("ORDERID", "CE-NEW")).block();

        assertThat(payment.outcome()).isEqualTo(PaymentOutcome.PAID);
        assertThat(gateway.paidWithEnteredCard).containsExactly("alice ALIAS-NEW save=true");
        assertThat(audit.lines).extracting(line -> line.action() + " " + line.outcome())
                .containsExactly("CARD_ENTRY_FORM DONE", "CARD_ENTERED DONE", "PAY PAID");
        assertThat(audit.lines).allSatisfy(line -> assertThat(line.toString()).doesNotContain("ALIAS-NEW"));
    }

    @Test
    void a_new_card_redirect_for_another_form_or_refused_by_the_gateway_pays_nothing() {
        PhoneOrder order = PhoneOrder.withNewCard("ORD-8", "40.00", "EUR", UUID.randomUUID().toString(), false);

        assertThat(phone.payWithNewCard(OLIVIA, ALICE, order, "CE-NEW", Map.of("ORDERID", "CE-OTHER")).block().outcome())
                .isEqualTo(PaymentOutcome.REFUSED);
        gateway.codeRefused = true;
        assertThat(phone.payWithNewCard(OLIVIA, ALICE, order, "CE-NEW", Map.of("ORDERID", "CE-NEW")).block().outcome())
                .isEqualTo(PaymentOutcome.REFUSED);

        assertThat(gateway.paidWithEnteredCard).isEmpty();
        assertThat(audit.lines).extracting(line -> line.action() + " " + line.outcome())
                .containsExactly("CARD_ENTERED REFUSED", "CARD_ENTERED REFUSED");
    }
}
