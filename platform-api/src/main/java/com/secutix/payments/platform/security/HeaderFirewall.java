package com.secutix.payments.platform.security;

import java.util.function.Predicate;

import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * Spring Security's strict firewall with its own rules for header names and values, checked a cheaper way first: a
 * value of printable ASCII characters (and tabs, in a value) passes those rules by definition, so only other values go
 * through their regular expressions. The firewall checks a header each time it is read, and the bearer token (a
 * kilobyte) several times a request, where its rule's expression costs microseconds each time.
 */
final class HeaderFirewall {

    private HeaderFirewall() {
    }

    static StrictServerWebExchangeFirewall strict() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(printableAsciiOr(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES, false));
        firewall.setAllowedHeaderValues(printableAsciiOr(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES, true));
        return firewall;
    }

    /**
     * Printable ASCII (with tabs when {@code tabs}) at once, anything else by Spring Security's own rule, which also
     * decides a missing header's {@code null}.
     */
    static Predicate<String> printableAsciiOr(Predicate<String> rule, boolean tabs) {
        return text -> text != null && isPrintableAscii(text, tabs) || rule.test(text);
    }

    private static boolean isPrintableAscii(String text, boolean tabs) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c > 0x7E) && !(tabs && c == '\t')) {
                return false;
            }
        }
        return true;
    }
}
