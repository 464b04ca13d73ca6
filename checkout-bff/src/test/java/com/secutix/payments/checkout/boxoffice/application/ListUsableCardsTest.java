package com.secutix.payments.checkout.boxoffice.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.checkout.boxoffice.domain.SavedCard;
import com.secutix.payments.checkout.boxoffice.domain.SecurityCodeRule;
import com.secutix.payments.checkout.boxoffice.domain.UsableCard;
import com.secutix.payments.events.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListUsableCardsTest {

    static final Terminal THEATRE = new Terminal("demo-theatre", "box-office", "token-a");
    static final Terminal STADIUM = new Terminal("demo-stadium", "stadium-box-office", "token-b");
    static final SavedCard VISA = new SavedCard("c1", "VISA", "XXXXXXXXXXXX1111", "12/30", "Alice Martin", "WEB", false);
    static final SavedCard EXPIRED = new SavedCard("c2", "MasterCard", "XXXXXXXXXXXX4444", "01/20", "Alice Martin", "BOX_OFFICE", true);

    final FakeBoxOfficeVault vault = new FakeBoxOfficeVault().with("demo-theatre", "alice", VISA, EXPIRED);
    final ListUsableCards list = new ListUsableCards(vault);

    @Test
    void expired_cards_are_left_out_and_each_says_whether_the_box_office_rule_asks_for_its_code() {
        vault.rules.put("demo-theatre", SecurityCodeRule.ALWAYS);

        ListUsableCards.UsableCards usable = list.list(THEATRE, "alice", Optional.empty()).block();

        assertThat(usable.cards()).containsExactly(new UsableCard(VISA, true));
        assertThat(usable.rule()).isEqualTo(SecurityCodeRule.ALWAYS);
    }

    @Test
    void an_above_amount_rule_is_decided_for_the_amount_given_and_asks_without_one() {
        vault.rules.put("demo-theatre", SecurityCodeRule.above(Money.of(10000, "EUR")));

        assertThat(list.list(THEATRE, "alice", Optional.of(Money.of(8250, "EUR"))).block().cards())
                .extracting(UsableCard::securityCodeRequired).containsExactly(false);
        assertThat(list.list(THEATRE, "alice", Optional.of(Money.of(12000, "EUR"))).block().cards())
                .extracting(UsableCard::securityCodeRequired).containsExactly(true);
        assertThat(list.list(THEATRE, "alice", Optional.empty()).block().cards())
                .extracting(UsableCard::securityCodeRequired).containsExactly(true);
    }

    @Test
    void the_policy_default_at_the_box_office_asks_for_nothing() {
        assertThat(list.list(THEATRE, "alice", Optional.empty()).block().cards())
                .extracting(UsableCard::securityCodeRequired).containsExactly(false);
    }

    @Test
    void another_tenants_terminal_sees_none_of_the_customers_cards() {
        assertThat(list.list(STADIUM, "alice", Optional.empty()).block().cards()).isEmpty();
    }
}
