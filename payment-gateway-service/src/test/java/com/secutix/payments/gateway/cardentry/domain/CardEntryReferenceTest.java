package com.secutix.payments.gateway.cardentry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CardEntryReferenceTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void is_new_for_every_card_entry() {
        Set<CardEntryReference> references = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            references.add(CardEntryReference.random(random));
        }
        assertThat(references).hasSize(1000);
    }

    @Test
    void fits_ogone_with_letters_and_digits() {
        for (int i = 0; i < 100; i++) {
            assertThat(CardEntryReference.random(random).value()).matches("C[0-9A-Z]{25}");
        }
    }

    @Test
    void refuses_an_orderid_that_is_not_one_of_ours() {
        assertThatThrownBy(() -> new CardEntryReference("ORD-42")).isInstanceOf(InvalidCardEntryException.class)
                .hasMessage("ORDERID: is not the reference of a card entry of ours");
    }
}
