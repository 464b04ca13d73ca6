package com.secutix.payments.gateway.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void reads_a_decimal_amount_into_minor_units() {
        assertThat(Money.parse("82.50", "EUR")).isEqualTo(new Money(8250, "EUR"));
        assertThat(Money.parse("82.5", "EUR")).isEqualTo(new Money(8250, "EUR"));
        assertThat(Money.parse("1000", "JPY")).isEqualTo(new Money(1000, "JPY"));
        assertThat(Money.parse("1.234", "BHD")).isEqualTo(new Money(1234, "BHD"));
    }

    @Test
    void writes_minor_units_with_the_currency_decimals() {
        assertThat(new Money(8250, "EUR").toDecimalString()).isEqualTo("82.50");
        assertThat(new Money(1000, "JPY").toDecimalString()).isEqualTo("1000");
    }

    @Test
    void refuses_more_decimals_than_the_currency_has() {
        assertThatThrownBy(() -> Money.parse("82.505", "EUR"))
                .isInstanceOf(InvalidPaymentException.class)
                .hasMessage("amount: EUR allows at most 2 decimals");
        assertThatThrownBy(() -> Money.parse("10.5", "JPY"))
                .hasMessage("amount: JPY allows at most 0 decimals");
    }

    @Test
    void refuses_zero_and_negative_amounts() {
        assertThatThrownBy(() -> Money.parse("0.00", "EUR")).hasMessage("amount: must be greater than zero");
        assertThatThrownBy(() -> Money.parse("-5", "EUR")).hasMessage("amount: must be greater than zero");
    }

    @Test
    void refuses_unknown_currencies_and_non_numbers() {
        assertThatThrownBy(() -> Money.parse("10", "EURO")).hasMessage("currency: EURO is not an ISO 4217 currency");
        assertThatThrownBy(() -> Money.parse("10", "XXX")).hasMessageContaining("not a currency one can pay with");
        assertThatThrownBy(() -> Money.parse("ten", "EUR")).hasMessage("amount: is not a decimal number");
        assertThatThrownBy(() -> Money.parse("1e30", "EUR")).hasMessage("amount: is too large");
    }
}
