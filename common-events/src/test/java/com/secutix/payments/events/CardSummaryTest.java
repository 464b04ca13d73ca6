package com.secutix.payments.events;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CardSummaryTest {

    @Property
    void no_full_card_number_is_ever_accepted_as_masked(@ForAll("cardNumbers") String number) {
        assertThat(CardSummary.isMasked(number)).isFalse();
    }

    @Example
    void the_psp_masked_forms_are_accepted() {
        assertThat(CardSummary.isMasked("XXXXXXXXXXXX1111")).isTrue();
        assertThat(CardSummary.isMasked("411111XXXXXX1111")).isTrue();
        assertThat(CardSummary.isMasked("XXXX XXXX XXXX 4242")).isTrue();
    }

    @Example
    void more_than_bin_and_last_four_is_not_masked() {
        assertThat(CardSummary.isMasked("4111111XXXXX1111")).isFalse();
    }

    @Example
    void a_summary_with_a_full_number_cannot_be_built() {
        assertThatThrownBy(() -> new CardSummary("VISA", "4111111111111111", "12/29", "Alice"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void a_summary_needs_an_mm_yy_expiry() {
        assertThatThrownBy(() -> new CardSummary("VISA", "XXXXXXXXXXXX1111", "2029-12", "Alice"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void the_last_four_digits_are_what_the_buyer_sees() {
        assertThat(new CardSummary("VISA", "411111XXXXXX4242", "01/30", null).lastFour()).isEqualTo("4242");
    }

    @Provide
    Arbitrary<String> cardNumbers() {
        return Arbitraries.strings().numeric().ofMinLength(13).ofMaxLength(19);
    }
}
