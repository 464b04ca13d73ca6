package com.secutix.payments.platform.web.strictness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CardDataInJsonTest {

    private static Optional<CardDataInJson.Finding> scan(String json) {
        return CardDataInJson.firstIn(json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cardNumber", "card_number", "CARD-NUMBER", "cardNo", "CardNo", "pan", "PAN", "card number",
            "cvv", "CVV", "cvc", "Cvc2", "cvv2", "securityCode", "security_code", "SECURITY-CODE", "cardSecurityCode"})
    void a_field_named_like_a_card_number_or_a_security_code_is_found_by_its_name_whatever_its_value(String name) {
        assertThat(scan("{\"orderReference\":\"ORD-1\",\"" + name + "\":\"x\"}"))
                .hasValueSatisfying(finding -> {
                    assertThat(finding.field()).isEqualTo(name.replace(' ', '?'));
                    assertThat(finding.message()).startsWith("card numbers and security codes are never accepted");
                });
        assertThat(scan("{\"" + name + "\":null}")).isPresent();
        assertThat(scan("{\"" + name + "\":123}")).isPresent();
        assertThat(scan("{\"" + name + "\":{\"a\":1}}")).isPresent();
    }

    @Test
    void the_path_names_the_field_at_any_depth_and_never_the_value() {
        assertThat(scan("{\"buyer\":{\"cards\":[{\"id\":\"c1\"},{\"pan\":\"4111111111111111\"}]}}"))
                .hasValueSatisfying(finding -> {
                    assertThat(finding.field()).isEqualTo("buyer.cards[1].pan");
                    assertThat(finding.message()).doesNotContain("4111").doesNotContain("1111");
                });
        assertThat(scan("{\"parameters\":{\"CVC\":\"123\"}}")).map(CardDataInJson.Finding::field).hasValue("parameters.CVC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "note 5555555555554444 here",
            "378282246310005", "6759649826438453", "36227206271667"})
    void a_card_number_in_any_string_value_is_found(String value) {
        assertThat(scan("{\"note\":\"" + value + "\",\"amount\":\"82.50\"}"))
                .hasValueSatisfying(finding -> {
                    assertThat(finding.field()).isEqualTo("note");
                    assertThat(finding.message()).startsWith("holds a card number").doesNotContain(value);
                });
    }

    @Test
    void a_card_number_as_a_json_number_as_an_array_item_or_as_a_field_name_is_found() {
        assertThat(scan("{\"amount\":4111111111111111}")).map(CardDataInJson.Finding::field).hasValue("amount");
        assertThat(scan("{\"lines\":[\"a\",\"4111111111111111\"]}")).map(CardDataInJson.Finding::field).hasValue("lines[1]");
        assertThat(scan("{\"x\":{\"4111111111111111\":1}}")).hasValueSatisfying(finding -> {
            assertThat(finding.field()).isEqualTo("x.[a card number]");
            assertThat(finding.message()).startsWith("is a card number");
        });
        assertThat(scan("\"4111111111111111\"")).map(CardDataInJson.Finding::field).hasValue("(body)");
    }

    @Test
    void the_masked_number_the_psp_shows_passes_in_a_card_number_field() {
        assertThat(scan("{\"parameters\":{\"ORDERID\":\"CE-1\",\"CARDNO\":\"XXXXXXXXXXXX1111\",\"ED\":\"1230\","
                + "\"NCERRORCARDNO\":\"0\",\"NCERRORCVC\":\"0\"}}")).isEmpty();
        assertThat(scan("{\"card\":{\"maskedNumber\":\"411111XXXXXX1111\"}}")).isEmpty();
        assertThat(scan("{\"CARDNO\":\"4111111111111111\"}")).isPresent();
        assertThat(scan("{\"CARDNO\":\"XXXX\"}")).as("too short to be a masked number").isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"orderReference\":\"ORD-2027-0042\",\"amount\":\"82.50\",\"currency\":\"EUR\",\"cardId\":\"3f2c8f0e-6b1d-4c8e-9a57-0c1f4ea2b7d1\"}",
            "{\"parameters\":{\"PAYID\":\"3012345678\",\"ORDERID\":\"1000000000001\"}}",
            "{\"createdAt\":1733490000000,\"traceparent\":\"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\"}",
            "{\"cvvForSavedCards\":{\"BOX_OFFICE\":{\"rule\":\"NEVER\"}},\"securityCodeRequired\":true,\"panel\":\"x\"}",
            "{\"amount\":\"0.4111111111111111\"}"})
    void ordinary_requests_pass(String json) {
        assertThat(scan(json)).isEmpty();
    }

    @Test
    void a_body_that_is_not_json_is_left_to_the_codec() {
        assertThat(scan("{\"orderReference\": \"ORD-1\", ")).isEmpty();
        assertThat(scan("not json 4111111111111111")).isEmpty();
    }
}
