package com.secutix.payments.gateway.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaskedCardTest {

    private static MaskedCard expiring(String expiry) {
        return new MaskedCard("VISA", "XXXXXXXXXXXX1111", expiry, "Alice Martin");
    }

    @Test
    void is_valid_through_the_last_day_of_its_expiry_month() {
        assertThat(expiring("11/26").hasExpiredBy(YearMonth.of(2026, 11))).isFalse();
        assertThat(expiring("11/26").hasExpiredBy(YearMonth.of(2026, 12))).isTrue();
    }

    @Test
    void reads_the_two_digit_year_as_this_century() {
        assertThat(expiring("02/31").expiryMonth()).isEqualTo(YearMonth.of(2031, 2));
    }

    @Test
    void names_every_invalid_field_of_the_card() {
        InvalidPaymentException invalid = catchThrowableOfType(InvalidPaymentException.class,
                () -> new MaskedCard(" ", "4111111111111111", "2030-12", null));

        assertThat(invalid.violations()).containsExactly("card.brand: is required",
                "card.maskedNumber: looks like a card number, which is never accepted",
                "card.expiry: must be at most 5 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111.1111.1111.1111", "4111+1111+1111+1111", "4111%201111%201111%201111",
            "4111.1111-1111 1111", "Alice 3782.822463.10005"})
    void refuses_a_card_number_written_with_dots_plus_signs_or_mixed_separators(String holderName) {
        assertThatThrownBy(() -> new MaskedCard("VISA", "XXXXXXXXXXXX1111", "12/29", holderName))
                .hasMessage("card.holderName: looks like a card number, which is never accepted");
    }

    @Test
    void takes_a_nineteen_digit_card_masked_but_its_last_four() {
        assertThat(new MaskedCard("MAESTRO", "XXXXXXXXXXXXXXX0004", "12/29", null).maskedNumber())
                .isEqualTo("XXXXXXXXXXXXXXX0004");
    }
}
