package com.secutix.payments.gateway.cardentry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardEntryReferenceTest {

    @Test
    void is_the_same_for_the_same_order_reference() {
        assertThat(CardEntryReference.of("ORD-42")).isEqualTo(CardEntryReference.of("ORD-42"));
    }

    @Test
    void differs_between_order_references() {
        assertThat(CardEntryReference.of("ORD-42")).isNotEqualTo(CardEntryReference.of("ORD-43"));
    }

    @Test
    void is_the_first_128_bits_of_the_sha256_in_base_36_after_a_c() {
        assertThat(CardEntryReference.of("ORD-42").value()).isEqualTo("C2QO15D435ONJX8EOODHGCPWZI");
    }

    @Test
    void fits_ogone_with_letters_and_digits_whatever_the_reference() {
        for (String reference : new String[] {"a", "ORD-" + "x".repeat(60), "Bestellung Nr. 7 / Zürich & Co", "0"}) {
            assertThat(CardEntryReference.of(reference).value()).matches("C[0-9A-Z]{25}");
        }
    }
}
