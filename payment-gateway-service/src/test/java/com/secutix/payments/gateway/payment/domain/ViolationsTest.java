package com.secutix.payments.gateway.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void reports_every_broken_rule_at_once() {
        Violations violations = new Violations();

        Money money = violations.check(() -> Money.parse("-1", "EURO"));
        violations.verify(() -> new PspAlias(" "));

        assertThat(money).isNull();
        assertThat(catchThrowableOfType(InvalidPaymentException.class, violations::throwIfAny).violations())
                .containsExactly("currency: EURO is not an ISO 4217 currency", "amount: must be greater than zero",
                        "alias: is required");
    }

    @Test
    void reports_a_field_once_even_when_a_later_rule_about_it_or_its_parent_breaks_too() {
        Violations violations = new Violations();

        violations.add("card.expiry: must be MM/YY");
        violations.add("alias: must be at most 50 characters");
        violations.add("alias: is required");
        violations.add("card: is required when saveCard is true");

        assertThat(catchThrowableOfType(InvalidPaymentException.class, violations::throwIfAny).violations())
                .containsExactly("card.expiry: must be MM/YY", "alias: must be at most 50 characters");
    }

    @Test
    void a_field_whose_name_only_starts_like_another_is_still_reported() {
        Violations violations = new Violations();

        violations.add("cardholder: is required");
        violations.add("card: is required when saveCard is true");

        assertThat(catchThrowableOfType(InvalidPaymentException.class, violations::throwIfAny).violations())
                .hasSize(2);
    }

    @Test
    void gives_the_value_and_throws_nothing_when_every_rule_holds() {
        Violations violations = new Violations();

        assertThat(violations.check(() -> Money.parse("82.50", "EUR"))).isEqualTo(new Money(8250, "EUR"));
        assertThatNoException().isThrownBy(violations::throwIfAny);
    }
}
