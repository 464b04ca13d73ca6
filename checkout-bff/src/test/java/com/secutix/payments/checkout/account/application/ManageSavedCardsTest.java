package com.secutix.payments.checkout.account.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.secutix.payments.checkout.account.domain.AccountCard;
import com.secutix.payments.checkout.payment.domain.CardEntryForm;
import com.secutix.payments.checkout.payment.domain.ShownCard;
import com.secutix.payments.checkout.signin.SignedInBuyer;
import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Role;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class ManageSavedCardsTest {

    static final String ALICES_CARD = "0b9e8c7d-1111-4222-8333-444455556666";
    static final SignedInBuyer ALICE = new SignedInBuyer(new Caller("alice", "demo-theatre", Set.of(Role.CUSTOMER)), "alice-token");
    static final SignedInBuyer BRUNO = new SignedInBuyer(new Caller("bruno", "demo-theatre", Set.of(Role.CUSTOMER)), "bruno-token");
    static final ShownCard AS_SAVED = new ShownCard("VISA", "XXXXXXXXXXXX1111", "12/26", "ALICE MARTIN");
    static final ShownCard AS_CHANGED = new ShownCard("VISA", "XXXXXXXXXXXX1111", "03/29", "ALICE DUPONT");

    /** The vault as it answers each buyer with their own token: Alice has one card, Bruno none. */
    static class VaultOfAlice implements AccountCardVault {
        ShownCard shown = AS_SAVED;
        final List<String> deleted = new ArrayList<>();

        @Override
        public Flux<AccountCard> cardsOf(String accessToken, String customerId) {
            return accessToken.equals(ALICE.accessToken()) && customerId.equals("alice") && deleted.isEmpty()
                    ? Flux.just(new AccountCard(ALICES_CARD, shown, "WEB", false)) : Flux.empty();
        }

        @Override
        public Mono<Void> delete(SignedInBuyer buyer, String cardId) {
            if (buyer != ALICE || !cardId.equals(ALICES_CARD) || !deleted.isEmpty()) {
                return Mono.error(new UnknownAccountCardException("No saved card of yours has this id."));
            }
            deleted.add(cardId);
            return Mono.empty();
        }
    }

    /** The gateway: signs forms, and confirms the PSP's redirect with the new details unless told to refuse it. */
    static class Gateway implements CardDetailsChanges {
        final List<String> formsAskedFor = new ArrayList<>();
        final List<Map<String, String>> resultsAskedFor = new ArrayList<>();
        RuntimeException refusal;

        @Override
        public Mono<CardEntryForm> form(String tenantId, String customerId, String cardId, URI accepted, URI refused,
                                        String buyerAddress) {
            formsAskedFor.add(tenantId + "/" + customerId + "/" + cardId + " -> " + accepted);
            return Mono.just(new CardEntryForm(URI.create("http://psp/alias_gateway_utf8.asp"), Map.of("ORDERID", "CE-1")));
        }

        @Override
        public Mono<ShownCard> result(String tenantId, Map<String, String> redirectParameters, String buyerAddress) {
            resultsAskedFor.add(redirectParameters);
            return refusal != null ? Mono.error(refusal) : Mono.just(AS_CHANGED);
        }
    }

    final VaultOfAlice vault = new VaultOfAlice();
    final Gateway gateway = new Gateway();
    final ManageSavedCards cards = new ManageSavedCards(vault, gateway, cardId -> new ManageSavedCards.ReturnPages(
            URI.create("http://bff/account/cards/" + cardId + "/change/accepted"),
            URI.create("http://bff/account/cards/" + cardId + "/change/refused")), Duration.ofMillis(300));

    static Map<String, String> redirect(String orderId) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("ORDERID", orderId);
        parameters.put("STATUS", "2");
        return parameters;
    }

    @Test
    void a_change_form_is_signed_for_the_buyers_own_card_returning_to_that_cards_page() {
        CardEntryForm form = cards.changeForm(ALICE, ALICES_CARD, "203.0.113.7").block();

        assertThat(form.pspOrderId()).isEqualTo("CE-1");
        assertThat(gateway.formsAskedFor).containsExactly(
                "demo-theatre/alice/" + ALICES_CARD + " -> http://bff/account/cards/" + ALICES_CARD + "/change/accepted");
    }

    @Test
    void another_customers_card_is_unknown_and_the_gateway_is_never_asked() {
        assertThatThrownBy(() -> cards.changeForm(BRUNO, ALICES_CARD, "203.0.113.7").block())
                .isInstanceOf(UnknownAccountCardException.class);
        assertThatThrownBy(() -> cards.acceptChange(BRUNO, ALICES_CARD, "CE-1", redirect("CE-1"), "203.0.113.7").block())
                .isInstanceOf(UnknownAccountCardException.class);

        assertThat(gateway.formsAskedFor).isEmpty();
        assertThat(gateway.resultsAskedFor).isEmpty();
    }

    @Test
    void a_redirect_answering_another_form_than_the_one_this_page_asked_for_is_refused_before_the_gateway_is_asked() {
        assertThatThrownBy(() -> cards.acceptChange(ALICE, ALICES_CARD, "CE-1", redirect("CE-2"), "203.0.113.7").block())
                .isInstanceOf(CardUpdateRefusedException.class);
        assertThatThrownBy(() -> cards.acceptChange(ALICE, ALICES_CARD, null, redirect("CE-1"), "203.0.113.7").block())
                .isInstanceOf(CardUpdateRefusedException.class);

        assertThat(gateway.resultsAskedFor).isEmpty();
    }

    @Test
    void a_confirmed_change_is_shown_once_the_vault_has_it() {
        Mono.delay(Duration.ofMillis(150)).subscribe(later -> vault.shown = AS_CHANGED);

        AccountCard card = cards.acceptChange(ALICE, ALICES_CARD, "CE-1", redirect("CE-1"), "203.0.113.7").block();

        assertThat(card.card()).isEqualTo(AS_CHANGED);
        assertThat(card.savedThrough()).isEqualTo("WEB");
    }

    @Test
    void a_confirmed_change_the_vault_has_not_taken_yet_is_shown_as_the_psp_confirmed_it() {
        AccountCard card = cards.acceptChange(ALICE, ALICES_CARD, "CE-1", redirect("CE-1"), "203.0.113.7").block();

        assertThat(card.card()).isEqualTo(AS_CHANGED);
        assertThat(vault.shown).isEqualTo(AS_SAVED);
    }

    @Test
    void a_change_the_gateway_refuses_is_refused() {
        gateway.refusal = new CardUpdateRefusedException("the PSP refused the expiry date");

        assertThatThrownBy(() -> cards.acceptChange(ALICE, ALICES_CARD, "CE-1", redirect("CE-1"), "203.0.113.7").block())
                .isInstanceOf(CardUpdateRefusedException.class);
    }

    @Test
    void the_buyer_deletes_their_card_once_and_a_second_deletion_finds_nothing() {
        cards.delete(ALICE, ALICES_CARD).block();

        assertThat(vault.deleted).containsExactly(ALICES_CARD);
        assertThat(cards.cards(ALICE).collectList().block()).isEmpty();
        assertThatThrownBy(() -> cards.delete(ALICE, ALICES_CARD).block()).isInstanceOf(UnknownAccountCardException.class);
    }

    @Test
    void a_customer_cannot_delete_another_customers_card() {
        assertThatThrownBy(() -> cards.delete(BRUNO, ALICES_CARD).block()).isInstanceOf(UnknownAccountCardException.class);

        assertThat(vault.deleted).isEmpty();
    }
}
