package com.secutix.payments.gateway.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"ORD-2026-000123", "http://localhost:8080/checkout/3ds/accepted",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
            "Zoë Ångström-Müller", "Théâtre du Léman, 1er balcon", "チケット"})
    void keeps_ordinary_text_as_it_is(String value) {
        assertThat(Text.optional("field", value, 200)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>", "a > b", "order\u061Cref", "order\u200Bref", "order\u200Fref", "order\u202Aref",
            "order\u202Eref", "order\u2060ref", "order\u2069ref", "\uFEFForder"})
    void refuses_angle_brackets_and_invisible_direction_controls(String value) {
        assertThatThrownBy(() -> Text.optional("orderReference", value, 200))
                .isInstanceOf(InvalidPaymentException.class)
                .hasMessage("orderReference: must not contain angle brackets or invisible direction controls");
    }

    @ParameterizedTest
    @ValueSource(strings = {"order\u2010ref", "order\u2070ref", "order\u202Fref", "order\u200Aref"})
    void keeps_the_neighbours_of_the_refused_ranges(String value) {
        assertThat(Text.optional("field", value, 200)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "ref 4111 1111 1111 1111", "ref%204111%201111%201111%201111"})
    void refuses_a_card_number_however_it_is_written(String value) {
        assertThatThrownBy(() -> Text.optional("orderReference", value, 200))
                .isInstanceOf(InvalidPaymentException.class)
                .hasMessage("orderReference: looks like a card number, which is never accepted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"order\nref", "order\u0000ref", "order\u007Fref"})
    void refuses_control_characters(String value) {
        assertThatThrownBy(() -> Text.required("orderReference", value, 200))
                .isInstanceOf(InvalidPaymentException.class)
                .hasMessage("orderReference: must not contain control characters");
    }
}
