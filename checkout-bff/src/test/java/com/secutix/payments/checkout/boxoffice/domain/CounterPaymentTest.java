package com.secutix.payments.checkout.boxoffice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.secutix.payments.events.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterPaymentTest {

    static final String CARD = "3f2c8f0e-6b1d-4c8e-9a57-0c1f4ea2b7d1";

    private static List<Violation> violations(String order, String customer, Object amount, String currency, String card) {
        return catchThrowableOfType(InvalidBoxOfficeRequestException.class,
                () -> CounterPayment.of(order, customer, amount, currency, card)).violations();
    }

    @Test
    void a_payment_at_the_counter_in_minor_units_of_its_currency() {
        CounterPayment payment = CounterPayment.of("ORD-1", "alice", "82.5", "EUR", CARD);

        assertThat(payment.amount()).isEqualTo(Money.of(8250, "EUR"));
        assertThat(payment.amount().decimalText()).isEqualTo("82.50");
        assertThat(CounterPayment.of("ORD-1", "alice", "1000", "JPY", CARD).amount()).isEqualTo(Money.of(1000, "JPY"));
    }

    @Test
    void an_amount_must_be_decimal_text_with_at_most_the_currencys_decimals_and_above_zero() {
        assertThat(violations("ORD-1", "alice", new BigDecimal("82.50"), "EUR", CARD))
                .containsExactly(new Violation("amount", "must be a decimal amount written as text, e.g. \"82.50\" (no JSON"
                        + " number, sign, exponent, spaces or leading zero)."));
        for (String text : new String[] {"1e3", "-5.00", " 5.00", "05.00", "5,00", ""}) {
            assertThat(violations("ORD-1", "alice", text, "EUR", CARD)).extracting(Violation::field).as(text).containsExactly("amount");
        }
        assertThat(violations("ORD-1", "alice", "82.505", "EUR", CARD))
                .containsExactly(new Violation("amount", "EUR amounts have at most 2 decimals."));
        assertThat(violations("ORD-1", "alice", "1.5", "JPY", CARD))
                .containsExactly(new Violation("amount", "JPY amounts have at most 0 decimals."));
        assertThat(violations("ORD-1", "alice", "0.00", "EUR", CARD))
                .containsExactly(new Violation("amount", "must be greater than zero."));
        assertThat(violations("ORD-1", "alice", null, "EUR", CARD))
                .containsExactly(new Violation("amount", "is required: a decimal amount written as text, e.g. \"82.50\"."));
    }

    @Test
    void a_currency_must_be_an_iso_code_in_capitals() {
        assertThat(violations("ORD-1", "alice", "82.50", "eur", CARD))
                .containsExactly(new Violation("currency", "must be an ISO 4217 currency code in capitals, e.g. EUR."));
        assertThat(violations("ORD-1", "alice", "82.50", "XYZ", CARD)).extracting(Violation::field).containsExactly("currency");
        assertThat(violations("ORD-1", "alice", "82.50", null, CARD))
                .containsExactly(new Violation("currency", "is required: an ISO 4217 currency code, e.g. EUR."));
    }

    @Test
    void every_wrong_field_is_named_at_once() {
        assertThat(violations(" ", null, 82.5, "eur", "4111111111111111")).extracting(Violation::field)
                .containsExactly("orderReference", "customerId", "cardId", "currency", "amount");
    }

    @Test
    void a_card_is_named_by_its_saved_id_only() {
        assertThat(CounterPayment.isCardId(CARD)).isTrue();
        assertThat(CounterPayment.isCardId(CARD.toUpperCase())).isFalse();
        assertThat(CounterPayment.isCardId("alias-123")).isFalse();
        assertThat(violations("ORD-1", "alice", "82.50", "EUR", "4111111111111111")).extracting(Violation::field)
                .containsExactly("cardId");
    }
}
