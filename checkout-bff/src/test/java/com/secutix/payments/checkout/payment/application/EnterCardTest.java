package com.secutix.payments.checkout.payment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.secutix.payments.checkout.TestCheckouts;
import com.secutix.payments.checkout.payment.domain.CardEntryForm;
import com.secutix.payments.checkout.payment.domain.EnteredCard;
import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutState;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnterCardTest {

    private static final String BUYER_ADDRESS = "198.51.100.7";

    static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    FakeGateway gateway = new FakeGateway();
    InMemoryCheckoutPayments payments = new InMemoryCheckoutPayments();
    EnterCard enterCard = new EnterCard(gateway, payments, session -> new EnterCard.ReturnPages(
            URI.create("http://localhost:8080/checkout/" + session.id() + "/card-entry/accepted"),
            URI.create("http://localhost:8080/checkout/" + session.id() + "/card-entry/refused")),
            Clock.fixed(NOW, ZoneOffset.UTC));

    CheckoutSession session = TestCheckouts.open(NOW.minusSeconds(60));
    CheckoutSession anotherSession = TestCheckouts.open(NOW.minusSeconds(60));

    @BeforeEach
    void twoOpenSessions() {
        payments.add(session).add(anotherSession);
    }

    static Map<String, String> redirectOf(CardEntryForm form) {
        return Map.of("ORDERID", form.pspOrderId(), "ALIAS", "ALIAS-FROM-PSP", "STATUS", "0", "SHASIGN", "ABC");
    }

    @Test
    void the_form_is_asked_for_the_sessions_customer_with_its_return_pages_and_remembered_as_this_sessions() {
        CardEntryForm form = enterCard.form(session, BUYER_ADDRESS).block();

        assertThat(form.fields()).containsEntry("ACCEPTURL", "http://localhost:8080/checkout/" + session.id() + "/card-entry/accepted")
                .containsEntry("EXCEPTIONURL", "http://localhost:8080/checkout/" + session.id() + "/card-entry/refused");
        assertThat(payments.sessionOfCardEntry(form.pspOrderId()).block()).isEqualTo(session.id());
    }

    @Test
    void the_redirect_answering_a_form_of_this_session_is_accepted_and_its_card_kept_for_the_session() {
        EnteredCard card = new EnteredCard("ALIAS-OF-THE-NEW-CARD", FakeGateway.CARD);
        gateway.entersCard(card);
        CardEntryForm form = enterCard.form(session, BUYER_ADDRESS).block();

        EnteredCard accepted = enterCard.accept(session, redirectOf(form), BUYER_ADDRESS).block();

        assertThat(accepted).isEqualTo(card);
        assertThat(gateway.cardEntryResults()).containsExactly(redirectOf(form));
        assertThat(payments.enteredCard(session.id()).block()).isEqualTo(card);
        assertThat(payments.enteredCard(anotherSession.id()).block()).isNull();
    }

    @Test
    void a_redirect_whose_orderid_was_recorded_for_another_session_is_refused_without_calling_the_gateway() {
        CardEntryForm formOfAnotherSession = enterCard.form(anotherSession, BUYER_ADDRESS).block();

        assertThatThrownBy(() -> enterCard.accept(session, redirectOf(formOfAnotherSession), BUYER_ADDRESS).block())
                .isInstanceOf(CardEntryRefusedException.class);

        assertThat(gateway.cardEntryResults()).isEmpty();
        assertThat(payments.enteredCard(session.id()).block()).isNull();
        assertThat(payments.enteredCard(anotherSession.id()).block()).isNull();
    }

    @Test
    void a_redirect_whose_orderid_no_form_of_this_checkout_had_is_refused_without_calling_the_gateway() {
        assertThatThrownBy(() -> enterCard.accept(session, Map.of("ORDERID", "CNEVERSHOWNBYUS", "ALIAS", "A"), BUYER_ADDRESS).block())
                .isInstanceOf(CardEntryRefusedException.class);

        assertThat(gateway.cardEntryResults()).isEmpty();
    }

    @Test
    void a_redirect_without_orderid_is_refused_without_calling_the_gateway() {
        enterCard.form(session, BUYER_ADDRESS).block();

        assertThatThrownBy(() -> enterCard.accept(session, Map.of("ALIAS", "ALIAS-FROM-PSP", "STATUS", "0"), BUYER_ADDRESS).block())
                .isInstanceOf(CardEntryRefusedException.class);

        assertThat(gateway.cardEntryResults()).isEmpty();
        assertThat(payments.enteredCard(session.id()).block()).isNull();
    }

    @Test
    void a_redirect_into_a_session_that_is_no_longer_open_is_refused_without_calling_the_gateway() {
        CheckoutSession expiring = TestCheckouts.openUntil(NOW.minusSeconds(3600), NOW.plusSeconds(60));
        payments.add(expiring);
        CardEntryForm form = enterCard.form(expiring, BUYER_ADDRESS).block();
        EnterCard anHourLater = new EnterCard(gateway, payments, s -> new EnterCard.ReturnPages(
                URI.create("http://localhost:8080/a"), URI.create("http://localhost:8080/r")),
                Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC));

        assertThatThrownBy(() -> anHourLater.accept(expiring, redirectOf(form), BUYER_ADDRESS).block())
                .isInstanceOf(CardEntryRefusedException.class);

        assertThat(gateway.cardEntryResults()).isEmpty();
        assertThat(payments.enteredCard(expiring.id()).block()).isNull();
    }

    @Test
    void a_redirect_into_a_cancelled_session_is_refused_without_calling_the_gateway() {
        CardEntryForm form = enterCard.form(session, BUYER_ADDRESS).block();
        CheckoutSession cancelled = new CheckoutSession(session.id(), session.tenantId(), session.order(),
                CheckoutState.CANCELLED, session.createdAt(), session.expiresAt());

        assertThatThrownBy(() -> enterCard.accept(cancelled, redirectOf(form), BUYER_ADDRESS).block())
                .isInstanceOf(CardEntryRefusedException.class);

        assertThat(gateway.cardEntryResults()).isEmpty();
    }

    @Test
    void a_security_code_form_is_remembered_with_its_saved_card_and_its_redirect_gives_that_card_to_pay() {
        CardEntryForm form = enterCard.securityCodeForm(session, "8f7c1a52-6d4b-4e0f-9b8a-1f2e3d4c5b6a", BUYER_ADDRESS).block();

        assertThat(enterCard.securityCodeEntryOf(redirectOf(form)).block()).isEqualTo("8f7c1a52-6d4b-4e0f-9b8a-1f2e3d4c5b6a");
        assertThat(enterCard.acceptSecurityCode(session, redirectOf(form), BUYER_ADDRESS).block())
                .isEqualTo("8f7c1a52-6d4b-4e0f-9b8a-1f2e3d4c5b6a");
        assertThat(gateway.cardEntryResults()).containsExactly(redirectOf(form));
        assertThat(payments.enteredCard(session.id()).block()).as("no new card is entered").isNull();
    }

    @Test
    void a_new_cards_redirect_is_no_security_code_entry() {
        CardEntryForm form = enterCard.form(session, BUYER_ADDRESS).block();

        assertThat(enterCard.securityCodeEntryOf(redirectOf(form)).block()).isNull();
    }

    @Test
    void a_security_code_redirect_of_another_session_is_refused_without_calling_the_gateway() {
        CardEntryForm formOfAnotherSession = enterCard.securityCodeForm(anotherSession, "8f7c1a52-6d4b-4e0f-9b8a-1f2e3d4c5b6a",
                BUYER_ADDRESS).block();

        assertThatThrownBy(() -> enterCard.acceptSecurityCode(session, redirectOf(formOfAnotherSession), BUYER_ADDRESS).block())
                .isInstanceOf(CardEntryRefusedException.class);
        assertThat(gateway.cardEntryResults()).isEmpty();
    }
}
