package com.secutix.payments.gateway.savedcard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.secutix.payments.events.Money;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CardPolicyTest {

    @Test
    void the_default_is_the_vaults_the_cvv_on_every_channel_but_the_box_office() {
        CardPolicy policy = CardPolicy.VAULT_DEFAULT;

        assertThat(policy.savingEnabled()).isTrue();
        assertThat(policy.maxSavedCardsPerCustomer()).isEqualTo(5);
        assertThat(policy.atLimit()).isEqualTo(AtSavedCardLimit.KEEP_EXISTING_CARDS);
        assertThat(policy.asksForCvv(PolicyChannel.WEB, 1, "EUR")).isTrue();
        assertThat(policy.asksForCvv(PolicyChannel.MOBILE, 1, "EUR")).isTrue();
        assertThat(policy.asksForCvv(PolicyChannel.CALL_CENTRE, 1, "EUR")).isTrue();
        assertThat(policy.asksForCvv(PolicyChannel.BOX_OFFICE, 1_000_000, "EUR")).isFalse();
    }

    @Test
    void above_an_amount_asks_strictly_above_it_and_in_any_other_currency() {
        CvvRule rule = CvvRule.above(Money.of(10000, "EUR"));

        assertThat(rule.asksForCvv(9999, "EUR")).isFalse();
        assertThat(rule.asksForCvv(10000, "EUR")).isFalse();
        assertThat(rule.asksForCvv(10001, "EUR")).isTrue();
        assertThat(rule.asksForCvv(1, "CHF")).isTrue();
    }

    @Test
    void a_policy_has_a_rule_for_every_channel_and_thresholds_with_above_amount_only() {
        assertThatThrownBy(() -> new CardPolicy(true, 5, AtSavedCardLimit.KEEP_EXISTING_CARDS,
                Map.of(PolicyChannel.WEB, CvvRule.NEVER)))
                .hasMessage("the CVV rule of channel MOBILE is missing");
        assertThatThrownBy(() -> new CvvRule(CvvRule.Kind.NEVER, Optional.of(Money.of(1, "EUR"))))
                .hasMessage("a threshold goes with ABOVE_AMOUNT and only with it");
        assertThatThrownBy(() -> new CvvRule(CvvRule.Kind.ABOVE_AMOUNT, Optional.empty()))
                .hasMessage("a threshold goes with ABOVE_AMOUNT and only with it");
        assertThatThrownBy(() -> CvvRule.above(Money.of(0, "EUR")))
                .hasMessage("the threshold of ABOVE_AMOUNT must be greater than zero");
        assertThatThrownBy(() -> new CardPolicy(true, 21, AtSavedCardLimit.KEEP_EXISTING_CARDS,
                CardPolicy.VAULT_DEFAULT.cvvForSavedCards()))
                .hasMessage("maxSavedCardsPerCustomer must be between 1 and 20");
    }
}
