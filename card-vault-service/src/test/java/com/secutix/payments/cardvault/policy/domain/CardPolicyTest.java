package com.secutix.payments.cardvault.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.secutix.payments.events.Money;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CardPolicyTest {

    private static final CardPolicy MOBILE_ABOVE_100_EUR = new CardPolicy(true, 3, AtSavedCardLimit.KEEP_EXISTING_CARDS, Map.of(
            PolicyChannel.WEB, CvvRule.ALWAYS, PolicyChannel.MOBILE, CvvRule.above(Money.of(10000, "EUR")),
            PolicyChannel.CALL_CENTRE, CvvRule.ALWAYS, PolicyChannel.BOX_OFFICE, CvvRule.NEVER));

    @Test
    void the_cvv_is_asked_strictly_above_the_threshold_and_in_any_other_currency() {
        assertThat(MOBILE_ABOVE_100_EUR.requiresCvv(PolicyChannel.MOBILE, Money.of(10000, "EUR"))).isFalse();
        assertThat(MOBILE_ABOVE_100_EUR.requiresCvv(PolicyChannel.MOBILE, Money.of(10001, "EUR"))).isTrue();
        assertThat(MOBILE_ABOVE_100_EUR.requiresCvv(PolicyChannel.MOBILE, Money.of(500, "CHF"))).isTrue();
    }

    @Test
    void always_and_never_mean_what_they_say_whatever_the_amount() {
        assertThat(MOBILE_ABOVE_100_EUR.requiresCvv(PolicyChannel.WEB, Money.of(1, "EUR"))).isTrue();
        assertThat(MOBILE_ABOVE_100_EUR.requiresCvv(PolicyChannel.BOX_OFFICE, Money.of(99_999_999, "EUR"))).isFalse();
    }

    @Test
    void every_channel_needs_a_rule_and_the_saved_cards_limit_is_between_1_and_20() {
        assertThatThrownBy(() -> new CardPolicy(true, 21, AtSavedCardLimit.KEEP_EXISTING_CARDS, Map.of(PolicyChannel.WEB, CvvRule.NEVER)))
                .isInstanceOfSatisfying(InvalidCardPolicyException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field)
                        .containsExactly("maxSavedCardsPerCustomer", "cvvForSavedCards.MOBILE", "cvvForSavedCards.CALL_CENTRE",
                                "cvvForSavedCards.BOX_OFFICE"));
    }

    @Test
    void a_change_makes_the_next_version_and_its_event_carries_the_whole_policy() {
        Instant now = Instant.parse("2026-12-06T10:00:00Z");

        TenantCardPolicy.Change change = TenantCardPolicy.defaultOf("demo-theatre").changeTo(MOBILE_ABOVE_100_EUR, "adam", now);

        assertThat(change.before().version()).isZero();
        assertThat(change.after().version()).isEqualTo(1);
        assertThat(change.after().changedBy()).contains("adam");
        assertThat(change.event().policyVersion()).isEqualTo(1);
        assertThat(change.event().maxSavedCardsPerCustomer()).isEqualTo(3);
        assertThat(change.event().cvvForSavedCards()).containsKeys("WEB", "MOBILE", "CALL_CENTRE", "BOX_OFFICE");
        assertThat(change.event().cvvForSavedCards().get("MOBILE").threshold()).isEqualTo(Money.of(10000, "EUR"));
        assertThat(change.event().occurredAt()).isEqualTo(now);
    }
}
