package com.secutix.payments.testsupport;

import com.secutix.payments.events.CardNumbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TestCardsTest {

    @Test
    void every_test_card_number_is_a_card_number_and_found_by_the_scanner() throws Exception {
        var numbers = Arrays.stream(TestCards.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()))
                .filter(field -> !field.getName().contains("CVC") && !field.getName().equals("EXPIRY"))
                .map(TestCardsTest::value)
                .toList();

        assertThat(numbers).hasSize(10).allSatisfy(number -> {
            assertThat(CardNumbers.isCardNumber(number)).as(number).isTrue();
            assertThat(CardDataScanner.scan(number)).as(number).hasSize(1);
        });
    }

    @Test
    void any_order_reference_fits_ogone_order_id() {
        assertThat(Fixtures.anyOrderReference()).hasSizeLessThanOrEqualTo(30).isNotEqualTo(Fixtures.anyOrderReference());
        assertThat(Fixtures.anyOrderReference()).matches("ORD-[A-P]{16}"); // no digits, so never a card number
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
