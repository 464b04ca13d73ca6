package com.secutix.payments.checkout.boxoffice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.secutix.payments.events.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityCodeRuleTest {

    private static final SecurityCodeRule ABOVE_100_EUR = SecurityCodeRule.above(Money.of(10000, "EUR"));

    @Test
    void always_and_never_do_not_depend_on_the_amount() {
        assertThat(SecurityCodeRule.ALWAYS.requiredFor(Optional.empty())).isTrue();
        assertThat(SecurityCodeRule.ALWAYS.requiredFor(Optional.of(Money.of(1, "EUR")))).isTrue();
        assertThat(SecurityCodeRule.NEVER.requiredFor(Optional.empty())).isFalse();
        assertThat(SecurityCodeRule.NEVER.requiredFor(Optional.of(Money.of(1_000_000, "EUR")))).isFalse();
    }

    @Test
    void above_an_amount_asks_strictly_above_it_and_in_any_other_currency() {
        assertThat(ABOVE_100_EUR.requiredFor(Optional.of(Money.of(10000, "EUR")))).isFalse();
        assertThat(ABOVE_100_EUR.requiredFor(Optional.of(Money.of(10001, "EUR")))).isTrue();
        assertThat(ABOVE_100_EUR.requiredFor(Optional.of(Money.of(500, "CHF")))).isTrue();
    }

    @Test
    void above_an_amount_without_an_amount_asks_for_it_the_safe_side() {
        assertThat(ABOVE_100_EUR.requiredFor(Optional.empty())).isTrue();
    }

    @Test
    void a_threshold_goes_with_above_amount_only() {
        assertThatThrownBy(() -> new SecurityCodeRule(SecurityCodeRule.Kind.ABOVE_AMOUNT, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecurityCodeRule(SecurityCodeRule.Kind.NEVER, Optional.of(Money.of(1, "EUR"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
