package com.secutix.payments.checkout.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;

class PageSecurityHeadersTest {

    static final String CSP = "Content-Security-Policy";

    PageSecurityHeaders headers = new PageSecurityHeaders(List.of(URI.create("http://localhost:8090"),
            URI.create("https://secure.ogone.example")));

    /** The headers of the answer once the page's handler ran (and, if given, named a bank origin) and the answer was sent. */
    ServerWebExchange answered(String path, String bankOrigin) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
        WebFilterChain handler = served -> {
            if (bankOrigin != null) {
                served.getAttributes().put(PageSecurityHeaders.EXTRA_FORM_ACTION, bankOrigin);
            }
            return served.getResponse().setComplete();
        };
        headers.filter(exchange, handler).block();
        return exchange;
    }

    @Test
    void a_page_allows_forms_to_post_only_to_us_and_the_psp_and_is_never_framed() {
        String policy = answered("/checkout/8f7c1a52-6d4b-4e0f-9b8a-1f2e3d4c5b6a", null).getResponse().getHeaders().getFirst(CSP);

        assertThat(policy).isEqualTo("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "form-action 'self' http://localhost:8090 https://secure.ogone.example; frame-ancestors 'none'; "
                + "base-uri 'none'; object-src 'none'");
        assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void the_bank_origin_is_added_to_form_action_only_on_the_page_that_names_it() {
        String bankPage = answered("/checkout/8f7c1a52-6d4b-4e0f-9b8a-1f2e3d4c5b6a/authentication", "https://acs.bank.example:8443")
                .getResponse().getHeaders().getFirst(CSP);
        String otherPage = answered("/checkout/8f7c1a52-6d4b-4e0f-9b8a-1f2e3d4c5b6a/payment", null)
                .getResponse().getHeaders().getFirst(CSP);

        assertThat(bankPage).contains("form-action 'self' http://localhost:8090 https://secure.ogone.example https://acs.bank.example:8443;");
        assertThat(otherPage).contains("form-action 'self' http://localhost:8090 https://secure.ogone.example;")
                .doesNotContain("acs.bank.example");
    }

    @Test
    void sign_in_and_error_pages_get_the_policy_too() {
        assertThat(answered("/oauth2/authorization/checkout-web", null).getResponse().getHeaders().getFirst(CSP))
                .contains("frame-ancestors 'none'");
        assertThat(answered("/no-such-page", null).getResponse().getHeaders().getFirst(CSP)).contains("frame-ancestors 'none'");
    }

    @Test
    void the_machine_api_and_actuator_get_no_policy() {
        assertThat(answered("/checkout-sessions", null).getResponse().getHeaders().containsHeader(CSP)).isFalse();
        assertThat(answered("/checkout-sessions/8f7c1a52-6d4b-4e0f-9b8a-1f2e3d4c5b6a", null).getResponse().getHeaders()
                .containsHeader(CSP)).isFalse();
        assertThat(answered("/actuator", null).getResponse().getHeaders().containsHeader(CSP)).isFalse();
        assertThat(answered("/actuator/health/readiness", null).getResponse().getHeaders().containsHeader(CSP)).isFalse();
    }

    @Test
    void without_psp_origins_forms_post_only_to_us() {
        PageSecurityHeaders withoutPsp = new PageSecurityHeaders(List.of());
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/checkout/x"));

        withoutPsp.filter(exchange, served -> served.getResponse().setComplete()).block();

        assertThat(exchange.getResponse().getHeaders().getFirst(CSP)).contains("form-action 'self'; frame-ancestors 'none'");
    }
}
