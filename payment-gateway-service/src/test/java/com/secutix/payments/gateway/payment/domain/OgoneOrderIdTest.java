package com.secutix.payments.gateway.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class OgoneOrderIdTest {

    @Test
    void is_the_same_for_the_same_payment_on_every_retry() {
        PaymentId id = new PaymentId(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"));

        assertThat(OgoneOrderId.of(id)).isEqualTo(OgoneOrderId.of(new PaymentId(id.value())));
        assertThat(OgoneOrderId.of(id).value()).isEqualTo("P0X5YG3BFYREHLAS5FMD3RSLXQ");
    }

    @RepeatedTest(20)
    void fits_ogone_and_holds_only_letters_and_digits() {
        String value = OgoneOrderId.of(PaymentFixtures.anyPaymentId()).value();

        assertThat(value).hasSize(26).matches("P[0-9A-Z]{25}");
        assertThat(value.length()).isLessThanOrEqualTo(OgoneOrderId.MAX_LENGTH);
    }

    @Test
    void differs_between_payments() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(OgoneOrderId.of(PaymentFixtures.anyPaymentId()).value());
        }
        assertThat(ids).hasSize(1000);
    }

    @Test
    void the_largest_id_still_fits() {
        PaymentId largest = new PaymentId(new UUID(-1L, -1L));

        assertThat(OgoneOrderId.of(largest).value()).hasSize(26);
    }
}
