package com.secutix.payments.gateway.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

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
}
