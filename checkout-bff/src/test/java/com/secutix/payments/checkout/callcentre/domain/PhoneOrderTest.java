package com.secutix.payments.checkout.callcentre.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.secutix.payments.checkout.callcentre.domain.PhoneOrder.InvalidPhoneOrderException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PhoneOrderTest {

    static final String CARD = UUID.randomUUID().toString();
    static final String KEY = UUID.randomUUID().toString();

    @Test
    void an_order_typed_right_is_taken_as_typed_without_the_spaces_around() {
        PhoneOrder order = PhoneOrder.of(" ORD-42 ", " 82.50 ", "EUR", CARD, KEY);

        assertThat(order.orderReference()).isEqualTo("ORD-42");
        assertThat(order.amount()).isEqualTo("82.50");
        assertThat(order.currency()).isEqualTo("EUR");
        assertThat(order.cardId()).hasToString(CARD);
        assertThat(order.idempotencyKey()).hasToString(KEY);
    }

    @Test
    void every_field_in_error_is_named_at_once() {
        InvalidPhoneOrderException invalid = catchThrowableOfType(InvalidPhoneOrderException.class,
                () -> PhoneOrder.of("ORD 42", "-5", "euro", "not-a-card", null));

        assertThat(invalid.fieldErrors()).containsOnlyKeys("orderReference", "amount", "currency", "card", "form");
    }

    @Test
    void an_amount_with_more_decimals_than_its_currency_has_is_refused() {
        assertThat(catchThrowableOfType(InvalidPhoneOrderException.class, () -> PhoneOrder.of("ORD-1", "1000.5", "JPY", CARD, KEY))
                .fieldErrors()).containsEntry("amount", "callcentre.error.amount-decimals");
        assertThat(PhoneOrder.of("ORD-1", "1.230", "BHD", CARD, KEY).amount()).isEqualTo("1.230");
    }

    @Test
    void amounts_that_could_be_read_two_ways_or_are_nothing_are_refused() {
        for (String amount : new String[] {"0", "0.00", "1e3", "1,50", "+5", "82.", ".5", "", "12 000"}) {
            assertThat(catchThrowableOfType(InvalidPhoneOrderException.class, () -> PhoneOrder.of("ORD-1", amount, "EUR", CARD, KEY))
                    .fieldErrors()).as(amount).containsKey("amount");
        }
    }

    @Test
    void an_unknown_currency_is_refused() {
        assertThat(catchThrowableOfType(InvalidPhoneOrderException.class, () -> PhoneOrder.of("ORD-1", "5", "XYZ", CARD, KEY))
                .fieldErrors()).containsOnlyKeys("currency");
    }
}
