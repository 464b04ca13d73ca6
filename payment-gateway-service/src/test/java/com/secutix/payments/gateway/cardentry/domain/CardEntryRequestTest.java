package com.secutix.payments.gateway.cardentry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardEntryRequestTest {

    private static final String ACCEPT = "https://shop.example/accept";
    private static final String EXCEPTION = "http://localhost:8080/exception?x=1";

    @Test
    void takes_absolute_http_and_https_urls() {
        CardEntryRequest request = CardEntryRequest.of("ORD-1", "customer-1", ACCEPT, EXCEPTION, null, null);

        assertThat(request.acceptUrl()).hasToString(ACCEPT);
        assertThat(request.exceptionUrl()).hasToString(EXCEPTION);
        assertThat(request.alias()).isEmpty();
        assertThat(request.paramPlus()).isEmpty();
    }

    @Test
    void refuses_relative_urls_naming_the_field() {
        assertThatThrownBy(() -> CardEntryRequest.of("ORD-1", "customer-1", "/accept", EXCEPTION, null, null))
                .hasMessage("acceptUrl: must be an absolute http or https URL");
    }

    @Test
    void refuses_other_schemes() {
        assertThatThrownBy(() -> CardEntryRequest.of("ORD-1", "customer-1", ACCEPT, "javascript:alert(1)", null, null))
                .hasMessage("exceptionUrl: must be an absolute http or https URL");
        assertThatThrownBy(() -> CardEntryRequest.of("ORD-1", "customer-1", "ftp://shop.example/a", EXCEPTION, null, null))
                .hasMessage("acceptUrl: must be an absolute http or https URL");
    }

    @Test
    void refuses_a_malformed_url() {
        assertThatThrownBy(() -> CardEntryRequest.of("ORD-1", "customer-1", "https://shop example/a b", EXCEPTION, null, null))
                .hasMessage("acceptUrl: is not a valid URL");
    }

    @Test
    void requires_the_order_reference() {
        assertThatThrownBy(() -> CardEntryRequest.of(" ", "customer-1", ACCEPT, EXCEPTION, null, null))
                .hasMessage("orderReference: is required");
    }

    @Test
    void refuses_an_order_reference_holding_a_card_number() {
        assertThatThrownBy(() -> CardEntryRequest.of("4111111111111111", "customer-1", ACCEPT, EXCEPTION, null, null))
                .hasMessage("orderReference: looks like a card number, which is never accepted")
                .message().doesNotContain("4111");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ORD 4111.1111.1111.1111", "4111+1111+1111+1111", "5555%205555%205555%204444",
            "4111.1111-1111 1111"})
    void refuses_an_order_reference_holding_a_card_number_with_dots_plus_signs_or_mixed_separators(String reference) {
        assertThatThrownBy(() -> CardEntryRequest.of(reference, "customer-1", ACCEPT, EXCEPTION, null, null))
                .hasMessage("orderReference: looks like a card number, which is never accepted");
    }

    @Test
    void refuses_an_alias_with_characters_ogone_does_not_take() {
        assertThatThrownBy(() -> CardEntryRequest.of("ORD-1", "customer-1", ACCEPT, EXCEPTION, "a&b=c", null))
                .hasMessageStartingWith("alias: ");
    }

    @Test
    void requires_the_customer_the_card_is_for() {
        assertThatThrownBy(() -> CardEntryRequest.of("ORD-1", null, ACCEPT, EXCEPTION, null, null))
                .hasMessage("customerId: is required");
    }

    @Test
    void refuses_a_reference_with_invisible_direction_controls() {
        assertThatThrownBy(() -> CardEntryRequest.of("ORD-1\u202Egnp.exe", "customer-1", ACCEPT, EXCEPTION, null, null))
                .hasMessage("orderReference: must not contain control characters");
    }

    @Test
    void a_saved_cards_id_asks_its_security_code_again() {
        CardEntryRequest request = CardEntryRequest.of("ORD-1", "customer-1", ACCEPT, EXCEPTION, null, null,
                "6f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7f8");

        assertThat(request.isCvvReentry()).isTrue();
        assertThat(request.savedCardId()).hasValueSatisfying(id -> assertThat(id)
                .hasToString("6f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7f8"));
        assertThat(request.alias()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1-2-3-4-5", "6f1c2b3a4d5e4f708192a3b4c5d6e7f8", "{6f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7f8}",
        "4111111111111111"})
    void refuses_a_card_id_that_is_not_a_canonical_uuid(String cardId) {
        assertThatThrownBy(() -> CardEntryRequest.of("ORD-1", "customer-1", ACCEPT, EXCEPTION, null, null, cardId))
                .hasMessageStartingWith("cardId: must be the id of a saved card, a UUID")
                .hasMessageNotContaining("4111111111111111");
    }

    @Test
    void refuses_an_alias_and_a_card_id_together() {
        assertThatThrownBy(() -> CardEntryRequest.of("ORD-1", "customer-1", ACCEPT, EXCEPTION, "ALIAS-1", null,
                "6f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7f8"))
                .hasMessageStartingWith("cardId: must not be given with alias");
    }

    @Test
    void names_a_saved_card_whose_details_the_buyer_changes() {
        CardEntryRequest request = CardEntryRequest.of("ORD-1", "customer-1", ACCEPT, EXCEPTION, null, null, null,
                "6f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7f8");

        assertThat(request.isSavedCardUpdate()).isTrue();
        assertThat(request.isCvvReentry()).isFalse();
        assertThat(request.updatesCardId()).hasValueSatisfying(id -> assertThat(id)
                .hasToString("6f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7f8"));
        assertThat(request.alias()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1-2-3-4-5", "ALIAS-1", "4111111111111111"})
    void refuses_an_updated_card_id_that_is_not_a_canonical_uuid(String cardId) {
        assertThatThrownBy(() -> CardEntryRequest.of("ORD-1", "customer-1", ACCEPT, EXCEPTION, null, null, null, cardId))
                .hasMessageStartingWith("updatesCardId: must be the id of a saved card, a UUID")
                .hasMessageNotContaining("4111111111111111");
    }

    @Test
    void refuses_a_details_update_with_an_alias_or_a_cvv_reentry() {
        assertThatThrownBy(() -> CardEntryRequest.of("ORD-1", "customer-1", ACCEPT, EXCEPTION, "ALIAS-1", null, null,
                "6f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7f8"))
                .hasMessageStartingWith("updatesCardId: must not be given with alias or cardId");
        assertThatThrownBy(() -> CardEntryRequest.of("ORD-1", "customer-1", ACCEPT, EXCEPTION, null, null,
                "6f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7f8", "7f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7f8"))
                .hasMessageStartingWith("updatesCardId: must not be given with alias or cardId");
    }
}
