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
}
