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

    @Property
    void a_full_card_number_with_mask_characters_around_it_is_not_masked(@ForAll("cardNumbers") String number,
                                                                          @ForAll("maskCharacters") String mask) {
        assertThat(CardSummary.isMasked(number + mask)).isFalse();
        assertThat(CardSummary.isMasked(mask + number)).isFalse();
    }

    @Example
    void the_psp_masked_forms_are_accepted() {
        assertThat(CardSummary.isMasked("XXXXXXXXXXXX1111")).isTrue();
        assertThat(CardSummary.isMasked("411111XXXXXX1111")).isTrue();
        assertThat(CardSummary.isMasked("************4444")).isTrue();
        assertThat(CardSummary.isMasked("XXXXXXXXXXX0005")).isTrue();
        assertThat(CardSummary.isMasked("XXXXXXXX1111")).isTrue();
        assertThat(CardSummary.isMasked("622126XXXXXXXXX1234")).isTrue();
    }

    @Example
    void more_than_bin_and_last_four_is_not_masked() {
        assertThat(CardSummary.isMasked("4111111XXXXX1111")).isFalse();
        assertThat(CardSummary.isMasked("XXXXXXX11111")).isFalse();
        assertThat(CardSummary.isMasked("4111111111111111X")).isFalse();
        assertThat(CardSummary.isMasked("X4111111111111111")).isFalse();
        assertThat(CardSummary.isMasked("411111X1111111111")).isFalse();
    }

    @Example
    void a_masked_number_is_12_to_19_characters_of_digits_and_mask_only() {
        assertThat(CardSummary.isMasked("XXXXXXX1111")).isFalse();
        assertThat(CardSummary.isMasked("XXXXXXXXXXXXXXXX1111")).isFalse();
        assertThat(CardSummary.isMasked("XXXX XXXX XXXX 4242")).isFalse();
        assertThat(CardSummary.isMasked("XXXX-XXXX-XXXX-4242")).isFalse();
        assertThat(CardSummary.isMasked("XXXXXXXXXXXX1111\n")).isFalse();
        assertThat(CardSummary.isMasked("111111111111")).isFalse();
        assertThat(CardSummary.isMasked(null)).isFalse();
    }

    @Example
    void a_summary_with_a_full_number_cannot_be_built() {
        assertThatThrownBy(() -> new CardSummary("VISA", "4111111111111111", "12/29", "Alice"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CardSummary("VISA", "4111111111111111X", "12/29", "Alice"))
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

    @Provide
    Arbitrary<String> maskCharacters() {
        return Arbitraries.strings().withChars('X', 'x', '*').ofMinLength(1).ofMaxLength(6);
    }
}
