package com.secutix.payments.pspsimulator.card.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class CardNumberTest {

    @ParameterizedTest
    @CsvSource({
            "4111111111111111, VISA, APPROVE",
            "5555555555554444, MasterCard, APPROVE",
            "378282246310005, American Express, APPROVE",
            "6759649826438453, Maestro, APPROVE",
            "36227206271667, Diners Club, APPROVE",
            "4000000000000002, VISA, DECLINE",
            "4000000000003220, VISA, CHALLENGE",
            "4000000000000259, VISA, UNCERTAIN",
            "4000000000000119, VISA, NO_ANSWER_IN_TIME",
            "4000000000005126, VISA, REFUSE_REFUNDS"})
    void every_test_card_is_luhn_valid_with_its_brand_and_behaviour(String digits, String brand, CardBehaviour behaviour) {
        CardNumber number = new CardNumber(digits);

        assertThat(number.passesLuhn()).isTrue();
        assertThat(number.brand()).map(Brand::ogoneName).contains(brand);
        assertThat(number.behaviour()).isEqualTo(behaviour);
    }

    @Test
    void shows_only_the_last_four_digits() {
        CardNumber number = new CardNumber("4111111111111111");

        assertThat(number.masked()).isEqualTo("XXXXXXXXXXXX1111");
        assertThat(number.toString()).isEqualTo("XXXXXXXXXXXX1111");
    }

    @Test
    void refuses_a_number_failing_luhn() {
        assertThat(new CardNumber("4111111111111112").passesLuhn()).isFalse();
    }

    @Test
    void checks_a_new_card_entry_field_by_field() {
        CardEntryCheck check = CardEntryCheck.ofNewCard("4111 1111 1111 1111", "", "1399", "12", "", YearMonth.of(2026, 1));

        assertThat(check.passed()).isFalse();
        assertThat(check.cardNumberError()).isEmpty();
        assertThat(check.holderError()).contains(CardFieldError.HOLDER_MISSING);
        assertThat(check.expiryError()).contains(CardFieldError.INVALID_EXPIRY_DATE);
        assertThat(check.cvcError()).contains(CardFieldError.INVALID_CVC);
    }

    @Test
    void accepts_a_card_expiring_this_month_but_not_last_month() {
        YearMonth now = YearMonth.of(2026, 5);

        assertThat(CardEntryCheck.ofNewCard("4111111111111111", "A", "0526", "", "", now).passed()).isTrue();
        assertThat(CardEntryCheck.ofNewCard("4111111111111111", "A", "0426", "", "", now).expiryError())
                .contains(CardFieldError.EXPIRY_DATE_IN_PAST);
    }

    @Test
    void refuses_a_brand_that_does_not_match_the_number() {
        assertThat(CardEntryCheck.ofNewCard("4111111111111111", "A", "1239", "123", "MasterCard", YearMonth.of(2026, 1))
                .cardNumberError()).contains(CardFieldError.BRAND_MISMATCH);
    }
}
