package com.secutix.payments.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CardNumbersTest {

    /** docs/conventions.md, "Test cards". */
    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "5555555555554444", "378282246310005", "6759649826438453",
            "36227206271667", "4000000000000002", "4000000000003220", "4000000000000259", "4000000000000119",
            "4000000000005126"})
    void every_test_card_of_the_simulator_is_a_card_number(String number) {
        assertThat(CardNumbers.isCardNumber(number)).isTrue();
        assertThat(CardNumbers.findIn("card " + number + " used")).singleElement()
                .satisfies(found -> assertThat(found.digits()).isEqualTo(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2221000000000009", "2720990000000007", "2200000000000004", "3530111333300000",
            "6011111111111117", "6445644564456445", "6200000000000005", "5018000000000009", "30569309025904",
            "38520000023237", "6304000000000000"})
    void every_card_network_prefix_is_known(String number) {
        assertThat(CardNumbers.isCardNumber(number)).as(number).isTrue();
    }

    @ParameterizedTest(name = "{0} passes the Luhn check but is no card number")
    @ValueSource(strings = {
            "3012345678",           // a 10-digit PAYID, Diners-like prefix: too short
            "1241290000008",        // a 13-digit PAYID of the simulator (epoch-based, starts with 1)
            "3312345678904",        // 13 digits, 33 is no network's prefix
            "9012345678904",        // 13 digits starting with 9
            "1764171270002",        // epoch milliseconds
            "7000000000000005",
            "0000000000000000",
            "2100000000000005",     // 21 is neither Mir nor Mastercard
            "41111111111111111115"  // 20 digits
    })
    void a_luhn_valid_number_without_a_card_network_prefix_or_of_another_length_is_none(String number) {
        assertThat(CardNumbers.isLuhnValid(number)).isTrue();
        assertThat(CardNumbers.isCardNumber(number)).isFalse();
        assertThat(CardNumbers.findIn("PAYID=" + number + " STATUS=9")).isEmpty();
        assertThat(CardNumbers.mask("payId " + number)).isEqualTo("payId " + number);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "4111 1111 1111 1111       | **** **** **** 1111",
            "3782 822463 10005         | **** ****** *0005",
            "3622 720627 1667          | **** ****** 1667",
            "41111111 11111111         | ******** ****1111",
            "4111.1111.1111.1111       | ****.****.****.1111",
            "4111+1111+1111+1111       | ****+****+****+1111",
            "4111%201111%201111%201111 | ****%20****%20****%201111",
            "4111-1111-1111-1111       | ****-****-****-1111",
            "3782-822463-10005         | ****-******-*0005",
            "4111.1111-1111 1111       | ****.****-**** 1111",
            "5555555555554444          | ************4444",
            "6759 6498 2643 8453       | **** **** **** 8453"})
    void a_card_number_written_in_groups_is_masked_but_its_last_four_digits(String written, String masked) {
        assertThat(CardNumbers.mask("pan=" + written + ";")).isEqualTo("pan=" + masked + ";");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "almost a card 4111111111111112",
            "masked XXXXXXXXXXXX1111 and 411111******1111",
            "id 550e8400-e29b-41d4-a716-446655440000",
            "id 41111111-1111-4115-a111-111111111111",
            "[6b08b50494ad3099a5b3bbdd7fbc4e86-5493862210637381] PaymentCaptured published",
            "traceparent: 00-6b08b50494ad3099a5b3bbdd7fbc4e86-5493862210637381-01",
            "ratio 0.4111111111111111 and 4111111111111111.25",
            "glued ABC4111111111111111 and 4111111111111111xyz",
            "small groups 41 11 11 11 11 11 11 11",
            "order ORD-2026-0042, payment P1Z3K9Q0M2X7C4V6B8N1L5J3H0",
            "at 2026-11-26T15:34:30.004Z, 2026-11-26 15:34:30"})
    void what_is_not_a_card_number_stays_readable(String text) {
        assertThat(CardNumbers.findIn(text)).isEmpty();
        assertThat(CardNumbers.mask(text)).isSameAs(text);
    }

    @Test
    void a_card_number_after_a_percent_escape_or_next_to_an_identifier_is_found() {
        assertThat(CardNumbers.mask("return=%2Fpay%3Fpan%3D4111111111111111%26x")).isEqualTo("return=%2Fpay%3Fpan%3D************1111%26x");
        assertThat(CardNumbers.mask("payment 41111111-1111-4115-a111-111111111111 card 4111111111111111"))
                .isEqualTo("payment 41111111-1111-4115-a111-111111111111 card ************1111");
    }

    @Test
    void a_run_of_groups_holds_the_longest_card_number_first_and_then_the_next() {
        assertThat(CardNumbers.mask("4111 1111 1111 1111 12/28")).isEqualTo("**** **** **** 1111 12/28");
        assertThat(CardNumbers.mask("4111111111111111 5555555555554444")).isEqualTo("************1111 ************4444");
        assertThat(CardNumbers.mask("PAYID 3012345678 4111111111111111")).isEqualTo("PAYID 3012345678 ************1111");
    }

    @Test
    void the_luhn_check_needs_digits() {
        assertThat(CardNumbers.isLuhnValid("4111111111111111")).isTrue();
        assertThat(CardNumbers.isLuhnValid("4111111111111121")).isFalse();
        assertThat(CardNumbers.isLuhnValid("4111 1111")).isFalse();
        assertThat(CardNumbers.isLuhnValid("")).isFalse();
    }

    @Test
    void text_without_a_card_number_is_returned_as_is() {
        String text = "payment 6d4f0b3c refused with status 2";
        assertThat(CardNumbers.mask(text)).isSameAs(text);
        assertThat(CardNumbers.mask(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "card 4111 1111 1111 1111.", "card=4111-1111-1111-1111&x=1",
            "%3D4111111111111111", "card%204111%201111%201111%201111", "x 3782 822463 10005 y", "4111.1111+1111 1111"})
    void a_card_number_among_separators_and_escapes_is_found(String text) {
        assertThat(CardNumbers.findIn(text)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BENCH-k3x9-123456", "http://localhost:8080/checkout/3ds/accepted", "2026-12-07 10:15:43.123",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0.0.0"})
    void text_with_fewer_than_thirteen_digits_in_a_stretch_holds_none(String text) {
        assertThat(CardNumbers.findIn(text)).isEmpty();
    }
}
