package com.secutix.payments.cardvault.card.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardExpiryTest {

    private final CardExpiry december2026 = new CardExpiry(YearMonth.of(2026, 12));

    @Test
    void a_card_is_valid_until_the_last_day_of_its_expiry_month() {
        assertThat(december2026.isExpiredOn(LocalDate.of(2026, 12, 31))).isFalse();
    }

    @Test
    void a_card_is_expired_from_the_first_day_of_the_next_month() {
        assertThat(december2026.isExpiredOn(LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    void reads_and_writes_the_mm_yy_form() {
        CardExpiry expiry = CardExpiry.parse("03/29");

        assertThat(expiry.month()).isEqualTo(YearMonth.of(2029, 3));
        assertThat(expiry.toMmYy()).isEqualTo("03/29");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13/29", "00/29", "3/29", "2029-03", "03/2029", ""})
    void refuses_an_expiry_that_is_not_mm_yy(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> CardExpiry.parse(text));
    }
}
