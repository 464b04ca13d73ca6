package com.secutix.payments.cardvault.card.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaskedNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"XXXXXXXXXXXX1111", "************4444", "XXXXXXXXXXX0005", "xxxxxxxxxxx1667", "411111XXXXXX1111",
            "411111******1111", "XXXXXXXXXXXXXXX0004"})
    void accepts_at_most_the_first_six_and_last_four_digits_around_the_mask(String masked) {
        assertThat(new MaskedNumber(masked).value()).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "4111 1111 1111 1111", "378282246310005", "5555-5555-5555-4444"})
    void refuses_a_full_card_number(String full) {
        assertThatIllegalArgumentException().isThrownBy(() -> new MaskedNumber(full))
                .withMessageContaining("full card number")
                .withMessageNotContaining(full);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111XXXXX1111", "XXXXXXXXXX111111", "1111", "XXXX1111X", "41X1XXXXXXXX1111"})
    void refuses_a_number_that_shows_more_than_bin_and_last_four_or_is_not_masked(String masked) {
        assertThatIllegalArgumentException().isThrownBy(() -> new MaskedNumber(masked));
    }

    /** The events' shape ({@code CardSummary.isMasked}): a card published again as CardSaved must pass it. */
    @ParameterizedTest
    @ValueSource(strings = {"**** **** **** 4444", "XXXX-XXXX-XXXX-0005", "XXXX.XXXX.XXXX.1111"})
    void refuses_a_masked_number_with_separators_as_the_events_do(String masked) {
        assertThatIllegalArgumentException().isThrownBy(() -> new MaskedNumber(masked))
                .withMessageStartingWith("masked card number may show at most the first six and the last four digits");
    }

    @Test
    void refuses_a_blank_number() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MaskedNumber(" "));
    }
}
