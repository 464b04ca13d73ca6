package com.secutix.payments.platform.logging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CardNumberMaskingTest {

    @Test
    void masks_a_card_number_but_its_last_four_digits() {
        assertThat(CardNumberMasking.mask("card 4111111111111111 refused"))
                .isEqualTo("card ************1111 refused");
    }

    @Test
    void masks_card_numbers_written_in_groups() {
        assertThat(CardNumberMasking.mask("pan=5555 5555 5555 4444;")).isEqualTo("pan=**** **** **** 4444;");
        assertThat(CardNumberMasking.mask("pan=3782 822463 10005")).isEqualTo("pan=**** ****** *0005");
        assertThat(CardNumberMasking.mask("q=4111+1111+1111+1111")).isEqualTo("q=****+****+****+1111");
    }

    @Test
    void masks_every_length_from_13_to_19_digits() {
        assertThat(CardNumberMasking.mask("amex 378282246310005")).isEqualTo("amex ***********0005");
        assertThat(CardNumberMasking.mask("diners 36227206271667")).isEqualTo("diners **********1667");
        assertThat(CardNumberMasking.mask("a 4000000000000002 b 6759649826438453"))
                .isEqualTo("a ************0002 b ************8453");
    }

    @Test
    void leaves_numbers_that_fail_the_luhn_check_or_are_too_short_or_too_long() {
        assertThat(CardNumberMasking.mask("order 4111111111111112")).isEqualTo("order 4111111111111112");
        assertThat(CardNumberMasking.mask("id 411111111111")).isEqualTo("id 411111111111");
        assertThat(CardNumberMasking.mask("id 41111111111111111115")).isEqualTo("id 41111111111111111115");
    }

    @Test
    void leaves_psp_references_that_pass_the_luhn_check_readable() {
        assertThat(CardNumberMasking.mask("PAYID=3012345678 STATUS=9")).isEqualTo("PAYID=3012345678 STATUS=9");
        assertThat(CardNumberMasking.mask("payId 1241290000008")).isEqualTo("payId 1241290000008");
        assertThat(CardNumberMasking.mask("ref 3312345678904 / 9012345678904"))
                .isEqualTo("ref 3312345678904 / 9012345678904");
    }

    @Test
    void leaves_text_without_long_digit_runs_untouched() {
        String text = "payment 6d4f0b3c refused with status 2";
        assertThat(CardNumberMasking.mask(text)).isSameAs(text);
        assertThat(CardNumberMasking.mask(null)).isNull();
    }
}
