package com.secutix.payments.gateway.displaytext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"JANE DOE", "Zoë Ångström-Müller", "Théâtre du Léman, 1er balcon", "チケット", "a - b",
            "order\u2010ref", "order\u2070ref", "order\u202Fref", "order\u200Aref", ""})
    void ordinary_text_and_the_neighbours_of_the_refused_ranges_hold_neither(String value) {
        assertThat(DisplayText.hasMarkup(value)).isFalse();
        assertThat(DisplayText.hasInvisibleControls(value)).isFalse();
        assertThat(DisplayText.hasMarkupOrInvisibleControls(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>", "a > b", "JANE<DOE"})
    void angle_brackets_are_markup(String value) {
        assertThat(DisplayText.hasMarkup(value)).isTrue();
        assertThat(DisplayText.hasInvisibleControls(value)).isFalse();
        assertThat(DisplayText.hasMarkupOrInvisibleControls(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"JANE\u061CDOE", "JANE\u200BDOE", "JANE\u200FDOE", "JANE\u202ADOE", "JANE\u202EDOE",
            "JANE\u2060DOE", "JANE\u2069DOE", "\uFEFFJANE DOE"})
    void direction_marks_zero_width_characters_and_isolates_are_invisible_controls(String value) {
        assertThat(DisplayText.hasMarkup(value)).isFalse();
        assertThat(DisplayText.hasInvisibleControls(value)).isTrue();
        assertThat(DisplayText.hasMarkupOrInvisibleControls(value)).isTrue();
    }
}
