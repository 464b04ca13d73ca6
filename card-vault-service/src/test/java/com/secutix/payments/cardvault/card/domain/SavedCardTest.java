package com.secutix.payments.cardvault.card.domain;

import static com.secutix.payments.cardvault.card.domain.SavedCardFixtures.aliceVisa;
import static com.secutix.payments.cardvault.card.domain.SavedCardFixtures.visaExpiring;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SavedCardTest {

    @Test
    void the_same_alias_for_the_same_customer_of_the_same_tenant_is_the_same_card() {
        SavedCard first = aliceVisa("ALIAS-1");
        SavedCard second = aliceVisa("ALIAS-1");

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.isSameCardAs(second)).isTrue();
    }

    @Test
    void another_alias_is_another_card() {
        assertThat(aliceVisa("ALIAS-1").isSameCardAs(aliceVisa("ALIAS-2"))).isFalse();
    }

    @Test
    void the_same_alias_for_another_customer_or_tenant_is_another_card() {
        SavedCard alices = aliceVisa("ALIAS-1");
        SavedCard bobs = withOwner(alices, new CardOwner("demo-theatre", "bob"));
        SavedCard otherTenants = withOwner(alices, new CardOwner("other-theatre", "alice"));

        assertThat(alices.isSameCardAs(bobs)).isFalse();
        assertThat(alices.isSameCardAs(otherTenants)).isFalse();
    }

    @Test
    void a_card_past_its_expiry_month_is_flagged_expired() {
        SavedCard card = aliceVisa("ALIAS-1");

        assertThat(card.isExpiredOn(LocalDate.of(2028, 12, 31))).isFalse();
        assertThat(card.isExpiredOn(LocalDate.of(2029, 1, 1))).isTrue();
    }

    @Test
    void never_shows_its_alias_when_printed() {
        assertThat(aliceVisa("ALIAS-SECRET-42").toString()).doesNotContain("ALIAS-SECRET-42").contains("alias=[hidden]");
        assertThat(new PspAlias("ALIAS-SECRET-42").toString()).isEqualTo("[hidden]");
    }

    @Test
    void refuses_a_card_number_given_as_alias_or_holder_name() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PspAlias("4111111111111111"));
        assertThatIllegalArgumentException().isThrownBy(() -> new CardDetails(
                new CardBrand("VISA"), new MaskedNumber("XXXXXXXXXXXX1111"), new CardExpiry(YearMonth.of(2028, 1)),
                "4111 1111 1111 1111"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111.1111.1111.1111", "ALIAS-4111111111111111", "Alice 3782 822463 10005", "4111+1111+1111+1111"})
    void refuses_a_card_number_written_inside_an_alias_or_holder_name_whatever_its_separators(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> new PspAlias(text))
                .withMessage("PSP alias must not be a card number");
        assertThatIllegalArgumentException().isThrownBy(() -> new CardDetails(
                new CardBrand("VISA"), new MaskedNumber("XXXXXXXXXXXX1111"), new CardExpiry(YearMonth.of(2028, 1)), text))
                .withMessage("card holder name must not be a card number");
    }

    @Test
    void a_card_may_have_no_holder_name() {
        CardDetails details = new CardDetails(new CardBrand("VISA"), new MaskedNumber("XXXXXXXXXXXX1111"),
                new CardExpiry(YearMonth.of(2028, 1)), " ");

        assertThat(details.holder()).isEmpty();
    }

    @Test
    void belongs_only_to_its_owner() {
        SavedCard card = aliceVisa("ALIAS-1");

        assertThat(card.belongsTo(new CardOwner("demo-theatre", "alice"))).isTrue();
        assertThat(card.belongsTo(new CardOwner("demo-theatre", "bob"))).isFalse();
    }

    private static SavedCard withOwner(SavedCard card, CardOwner owner) {
        return new SavedCard(new CardId(UUID.randomUUID()), owner, card.alias(),
                visaExpiring(YearMonth.of(2028, 12)), card.savedThrough(), card.savedAt());
    }
}
