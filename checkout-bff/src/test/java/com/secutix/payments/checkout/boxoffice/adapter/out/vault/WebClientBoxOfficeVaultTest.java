package com.secutix.payments.checkout.boxoffice.adapter.out.vault;

import static com.secutix.payments.checkout.boxoffice.adapter.out.ScriptedExchange.empty;
import static com.secutix.payments.checkout.boxoffice.adapter.out.ScriptedExchange.json;
import static com.secutix.payments.checkout.boxoffice.adapter.out.ScriptedExchange.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.secutix.payments.checkout.boxoffice.adapter.out.ScriptedExchange;
import com.secutix.payments.checkout.boxoffice.adapter.out.ScriptedExchange.Sent;
import com.secutix.payments.checkout.boxoffice.application.GatewayRefusalException;
import com.secutix.payments.checkout.boxoffice.application.GatewayUnavailableException;
import com.secutix.payments.checkout.boxoffice.application.Terminal;
import com.secutix.payments.checkout.boxoffice.domain.SavedCard;
import com.secutix.payments.checkout.boxoffice.domain.SecurityCodeRule;
import com.secutix.payments.events.Money;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * What the BFF asks the card vault for a terminal (with the terminal's own token: the vault decides the tenant from
 * it) and how it reads the cards and the card policy, on a WebClient whose other side is scripted: no HTTP server.
 * The vault itself, for real, is in local-stack's SavedCardsEverywhereIT.
 */
class WebClientBoxOfficeVaultTest {

    static final String CARD = "3f2c8f0e-6b1d-4c8e-9a57-0c1f4ea2b7d1";
    static final String EXPIRED_CARD = "9b0f6a52-2f7e-4d0e-8f0a-5d1c2b3a4e5f";
    static final Terminal THEATRE = new Terminal("demo-theatre", "box-office", "theatre-terminal-token");
    /** A box office of another tenant. */
    static final Terminal STADIUM = new Terminal("other-theatre", "box-office", "stadium-terminal-token");

    static final String ALICES_CARDS = """
            [{"id":"%s","brand":"VISA","maskedNumber":"XXXXXXXXXXXX1111","expiry":"12/30","holderName":"Alice Martin",
              "expired":false,"savedAt":"2026-11-02T10:00:00Z","channel":"WEB"},
             {"id":"%s","brand":"MasterCard","maskedNumber":"XXXXXXXXXXXX4444","expiry":"01/20","holderName":"Alice Martin",
              "expired":true,"savedAt":"2019-11-02T10:00:00Z","channel":"BOX_OFFICE"}]""".formatted(CARD, EXPIRED_CARD);

    final ScriptedExchange vaultSide = new ScriptedExchange();
    final WebClientBoxOfficeVault vault = new WebClientBoxOfficeVault(vaultSide.webClient());

    static String policy(String boxOfficeRule) {
        return """
                {"tenantId":"t","version":3,"savingEnabled":true,"maxSavedCardsPerCustomer":5,"atLimit":"KEEP_EXISTING_CARDS",
                 "cvvForSavedCards":{"WEB":{"rule":"ALWAYS"},"MOBILE":{"rule":"ALWAYS"},"CALL_CENTRE":{"rule":"ALWAYS"},
                                     "BOX_OFFICE":%s}}""".formatted(boxOfficeRule);
    }

    SecurityCodeRule ruleOf(String boxOfficeRule) {
        vaultSide.answering(request -> json(200, policy(boxOfficeRule)));
        return vault.boxOfficeRule(THEATRE).block();
    }

    // --- the cards

    @Test
    void the_customers_cards_are_read_with_the_terminals_own_token_and_nothing_else() {
        vaultSide.answering(request -> json(200, ALICES_CARDS));

        assertThat(vault.savedCards(THEATRE, "alice").collectList().block()).containsExactly(
                new SavedCard(CARD, "VISA", "XXXXXXXXXXXX1111", "12/30", "Alice Martin", "WEB", false),
                new SavedCard(EXPIRED_CARD, "MasterCard", "XXXXXXXXXXXX4444", "01/20", "Alice Martin", "BOX_OFFICE", true));

        Sent sent = vaultSide.onlySent();
        assertThat(sent.method()).isEqualTo(HttpMethod.GET);
        assertThat(sent.path()).isEqualTo("/customers/alice/cards");
        assertThat(sent.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer theatre-terminal-token");
        assertThat(sent.body()).isEmpty();
    }

    @Test
    void another_tenants_terminal_asks_with_its_own_token_and_gets_the_empty_list_the_vault_answers_it() {
        vaultSide.answering(request -> json(200, "Bearer stadium-terminal-token".equals(request.header(HttpHeaders.AUTHORIZATION))
                ? "[]" : ALICES_CARDS));

        assertThat(vault.savedCards(STADIUM, "alice").collectList().block()).isEmpty();
        assertThat(vaultSide.sent()).extracting(request -> request.header(HttpHeaders.AUTHORIZATION))
                .containsExactly("Bearer stadium-terminal-token");
    }

    @Test
    void a_customer_the_vault_does_not_show_the_terminal_has_no_card() {
        vaultSide.answering(request -> problem(404, "about:blank", "No such customer."));

        assertThat(vault.savedCards(THEATRE, "bob").collectList().block()).isEmpty();
    }

    @Test
    void a_vault_that_fails_or_cannot_be_reached_is_unavailable() {
        vaultSide.answering(request -> empty(500));
        assertThatThrownBy(() -> vault.savedCards(THEATRE, "alice").collectList().block())
                .isInstanceOf(GatewayUnavailableException.class).hasMessageContaining("500");

        vaultSide.unreachable();
        assertThatThrownBy(() -> vault.savedCards(THEATRE, "alice").collectList().block())
                .isInstanceOf(GatewayUnavailableException.class).hasMessage("The card vault could not be reached.")
                .hasCauseInstanceOf(WebClientRequestException.class);
        assertThatThrownBy(() -> vault.boxOfficeRule(THEATRE).block())
                .isInstanceOf(GatewayUnavailableException.class).hasMessage("The card vault could not be reached.");
    }

    @Test
    void a_token_the_vault_does_not_accept_is_a_bad_gateway_naming_the_audience_and_role_needed() {
        for (int status : new int[] {401, 403}) {
            vaultSide.answering(request -> empty(status));

            assertThatThrownBy(() -> vault.savedCards(THEATRE, "alice").collectList().block())
                    .isInstanceOfSatisfying(GatewayRefusalException.class, refusal -> {
                        assertThat(refusal.status()).isEqualTo(502);
                        assertThat(refusal.getMessage()).contains("card-vault-service").contains("box_office");
                    });
        }
    }

    // --- the card policy

    @Test
    void the_box_office_rule_of_the_tenants_policy_is_read_with_the_terminals_own_token() {
        assertThat(ruleOf("{\"rule\":\"ABOVE_AMOUNT\",\"amount\":\"100.00\",\"currency\":\"EUR\"}"))
                .isEqualTo(SecurityCodeRule.above(Money.ofDecimalText("100.00", "EUR")));

        Sent sent = vaultSide.onlySent();
        assertThat(sent.method()).isEqualTo(HttpMethod.GET);
        assertThat(sent.path()).isEqualTo("/card-policy");
        assertThat(sent.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer theatre-terminal-token");
    }

    @Test
    void a_policy_that_never_or_always_asks_at_the_box_office_is_read_as_it_says() {
        assertThat(ruleOf("{\"rule\":\"NEVER\"}")).isEqualTo(SecurityCodeRule.NEVER);
        assertThat(ruleOf("{\"rule\":\"ALWAYS\"}")).isEqualTo(SecurityCodeRule.ALWAYS);
    }

    @Test
    void a_box_office_rule_missing_or_unreadable_asks_for_the_code_the_safe_side() {
        assertThat(ruleOf("null")).isEqualTo(SecurityCodeRule.ALWAYS);
        assertThat(ruleOf("{\"rule\":\"SOMETIMES\"}")).isEqualTo(SecurityCodeRule.ALWAYS);
        assertThat(ruleOf("{\"rule\":\"ABOVE_AMOUNT\",\"amount\":\"lots\",\"currency\":\"EUR\"}")).isEqualTo(SecurityCodeRule.ALWAYS);
        assertThat(ruleOf("{\"rule\":\"ABOVE_AMOUNT\",\"amount\":\"100.00\"}")).isEqualTo(SecurityCodeRule.ALWAYS);

        vaultSide.answering(request -> json(200, "{\"tenantId\":\"t\",\"version\":1}"));
        assertThat(vault.boxOfficeRule(THEATRE).block()).isEqualTo(SecurityCodeRule.ALWAYS);
    }

    @Test
    void a_policy_the_vault_fails_to_answer_is_unavailable() {
        vaultSide.answering(request -> empty(503));

        assertThatThrownBy(() -> vault.boxOfficeRule(THEATRE).block())
                .isInstanceOf(GatewayUnavailableException.class).hasMessageContaining("503");
    }
}
