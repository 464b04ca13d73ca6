package com.secutix.payments.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void the_exponent_comes_from_the_currency() {
        assertThat(Money.of(100, "EUR").exponent()).isEqualTo(2);
        assertThat(Money.of(100, "JPY").exponent()).isEqualTo(0);
        assertThat(Money.of(100, "BHD").exponent()).isEqualTo(3);
    }

    @Test
    void an_unknown_currency_is_refused() {
        assertThatThrownBy(() -> Money.of(100, "XYZ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(100, "eur")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.isKnownCurrency("CHF")).isTrue();
    }

    @Test
    void an_amount_written_as_decimal_text_is_read_in_the_currency_minor_units() {
        assertThat(Money.ofDecimalText("82.50", "EUR")).isEqualTo(Money.of(8250, "EUR"));
        assertThat(Money.ofDecimalText("1500", "JPY")).isEqualTo(Money.of(1500, "JPY"));
        assertThat(Money.ofDecimalText("1.005", "KWD")).isEqualTo(Money.of(1005, "KWD"));
        assertThat(Money.of(8250, "EUR").decimalText()).isEqualTo("82.50");
    }

    @Test
    void decimal_text_that_is_not_a_plain_amount_or_has_too_many_decimals_is_refused_in_words() {
        for (String text : new String[] {"1e3", "-5.00", " 5.00", "05.00", "5,00", "", "5."}) {
            assertThatThrownBy(() -> Money.ofDecimalText(text, "EUR")).as(text)
                    .hasMessage("must be a decimal amount written as text, e.g. \"82.50\".");
        }
        assertThatThrownBy(() -> Money.ofDecimalText(null, "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofDecimalText("1.005", "EUR")).hasMessage("EUR amounts have at most 2 decimals.");
        assertThatThrownBy(() -> Money.ofDecimalText("1.5", "JPY")).hasMessage("JPY amounts have at most 0 decimals.");
    }
}
