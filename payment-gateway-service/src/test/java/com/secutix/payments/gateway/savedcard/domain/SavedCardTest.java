package com.secutix.payments.gateway.savedcard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A saved card is kept only when a payment could carry it, and never prints its alias. */
class SavedCardTest {

    private static final UUID CARD_ID = UUID.fromString("6f1c2b3a-4d5e-4f70-8192-a3b4c5d6e7f8");
    private static final Instant SAVED_AT = Instant.parse("2026-03-14T10:15:30Z");
    private static final SavedCardDetails VISA =
            new SavedCardDetails("VISA", "XXXXXXXXXXXX1111", "12/30", "Alice Martin");

    private static SavedCard alicesCard(String alias) {
        return new SavedCard(CARD_ID, "demo-theatre", "alice", alias, VISA, SAVED_AT);
    }

    @Test
    void a_printed_saved_card_hides_its_alias() {
        assertThat(alicesCard("SECRET-ALIAS-1")).asString()
                .doesNotContain("SECRET-ALIAS-1").contains("pspAlias=[hidden]").contains(CARD_ID.toString());
    }

    @Test
    void an_alias_a_payment_could_not_send_is_refused() {
        assertThatThrownBy(() -> alicesCard("alias with spaces")).hasMessageContaining("PSP alias");
        assertThatThrownBy(() -> alicesCard("A".repeat(51))).hasMessageContaining("PSP alias");
        assertThatThrownBy(() -> alicesCard(null)).hasMessageContaining("PSP alias");
    }

    @Test
    void a_customer_id_longer_than_a_payment_takes_is_refused() {
        assertThatThrownBy(() -> new SavedCard(CARD_ID, "demo-theatre", "c".repeat(65), "ALIAS-1", VISA, SAVED_AT))
                .hasMessageContaining("customer id");
    }

    @Test
    void a_number_that_is_not_masked_is_refused_without_being_repeated() {
        assertThatThrownBy(() -> new SavedCardDetails("VISA", "4111111111111111", "12/30", null))
                .hasMessageContaining("masked number").message().doesNotContain("4111111111111111");
    }

    @Test
    void an_expiry_that_is_not_mm_yy_is_refused() {
        assertThatThrownBy(() -> new SavedCardDetails("VISA", "XXXXXXXXXXXX1111", "2030-12", null))
                .hasMessage("expiry must be MM/YY");
    }

    @Test
    void a_holder_name_with_markup_or_a_card_number_is_refused() {
        assertThatThrownBy(() -> new SavedCardDetails("VISA", "XXXXXXXXXXXX1111", "12/30", "<b>Alice</b>"))
                .hasMessageContaining("angle brackets");
        assertThatThrownBy(() -> new SavedCardDetails("VISA", "XXXXXXXXXXXX1111", "12/30", "4111 1111 1111 1111"))
                .hasMessage("holder name holds a card number");
        assertThatThrownBy(() -> new SavedCardDetails("VISA", "XXXXXXXXXXXX1111", "12/30", "A".repeat(51)))
                .hasMessage("holder name is longer than 50 characters");
    }

    @Test
    void a_card_without_a_holder_name_is_kept_without_one() {
        assertThat(new SavedCardDetails("MasterCard", "XXXXXXXXXXXX4444", "01/31", " ").holderName()).isNull();
    }
}
