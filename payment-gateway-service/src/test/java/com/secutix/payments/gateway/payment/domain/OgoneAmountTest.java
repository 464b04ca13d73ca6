package com.secutix.payments.gateway.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OgoneAmountTest {

    static Stream<Currency> everyCurrencyWithDecimals() {
        return Currency.getAvailableCurrencies().stream().filter(c -> c.getDefaultFractionDigits() >= 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCurrencyWithDecimals")
    void one_major_unit_is_sent_as_100_in_every_currency(Currency currency) {
        Money one = Money.parse("1", currency.getCurrencyCode());

        assertThat(OgoneAmount.of(one)).isEqualTo(100);
        assertThat(OgoneAmount.toMoney(100, currency.getCurrencyCode())).isEqualTo(one);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCurrencyWithDecimals")
    void the_smallest_amount_is_sent_or_refused_by_the_currency_decimals(Currency currency) {
        Money smallest = new Money(1, currency.getCurrencyCode());
        int exponent = currency.getDefaultFractionDigits();

        if (exponent <= 2) {
            assertThat(OgoneAmount.of(smallest)).isEqualTo((long) Math.pow(10, 2 - exponent));
        } else {
            assertThatThrownBy(() -> OgoneAmount.of(smallest))
                    .isInstanceOf(InvalidPaymentException.class)
                    .hasMessageContaining("at most 2 decimals");
        }
    }

    @Test
    void covers_zero_two_and_three_decimal_currencies() {
        assertThat(everyCurrencyWithDecimals().map(Currency::getDefaultFractionDigits).distinct())
                .contains(0, 2, 3);
    }

    @Test
    void euros_go_as_cents() {
        assertThat(OgoneAmount.of(Money.parse("82.50", "EUR"))).isEqualTo(8250);
    }

    @Test
    void yen_are_multiplied_by_100_like_every_currency() {
        assertThat(OgoneAmount.of(Money.parse("1000", "JPY"))).isEqualTo(100000);
    }

    @Test
    void three_decimal_amounts_pass_only_when_the_last_decimal_is_zero() {
        assertThat(OgoneAmount.of(Money.parse("1.230", "BHD"))).isEqualTo(123);
        assertThatThrownBy(() -> OgoneAmount.of(Money.parse("1.234", "BHD")))
                .isInstanceOf(InvalidPaymentException.class);
        assertThat(OgoneAmount.canExpress(Money.parse("1.234", "KWD"))).isFalse();
    }

    @Test
    void a_payment_the_psp_cannot_express_is_never_created() {
        assertThatThrownBy(() -> Payment.start(PaymentFixtures.anyPaymentId(), PaymentFixtures.saleOf("1.234", "BHD"),
                PaymentFixtures.NOW, PaymentFixtures.SCHEDULE))
                .isInstanceOf(InvalidPaymentException.class);
    }
}
