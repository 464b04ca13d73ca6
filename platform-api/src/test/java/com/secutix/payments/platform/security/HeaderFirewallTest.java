package com.secutix.payments.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

class HeaderFirewallTest {

    private static final Predicate<String> NAMES =
            HeaderFirewall.printableAsciiOr(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES, false);
    private static final Predicate<String> VALUES =
            HeaderFirewall.printableAsciiOr(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES, true);

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl", "a b", "a\tb", "~!@#$%^&*()",
            "caf\u00e9", "a\u0085b", "a\u0001b", "a\u007fb", "a\u0378b", "a\u00a0b", "\ud83d\ude00", "a\rb", "a\nb", "\u2028"})
    void decides_every_header_value_as_spring_security_s_own_rule_does(String value) {
        assertThat(VALUES.test(value)).isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Authorization", "X-Note", "a b", "a\tb", "caf\u00e9", "a\u0085b", "a\u0001b", "a\u0378b"})
    void decides_every_header_name_as_spring_security_s_own_rule_does(String name) {
        assertThat(NAMES.test(name)).isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0085b", "a\u0001b", "a\u0378b"})
    void still_refuses_control_and_unassigned_characters(String value) {
        assertThat(VALUES.test(value)).isFalse();
        assertThat(NAMES.test(value)).isFalse();
    }
}
