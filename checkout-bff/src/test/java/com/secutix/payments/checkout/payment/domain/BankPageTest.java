package com.secutix.payments.checkout.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BankPageTest {

    /** The PSP simulator's HTML_ANSWER for a 3-D Secure challenge, as the gateway passes it on (decoded). */
    static final String SIMULATOR_ANSWER = """
            <form name="challengeform3D" action="http://127.0.0.1:8090/ncol/test/challenge" method="post">
            <input type="hidden" name="token" value="abc"/>
            <noscript><p>Please continue to your bank's identification page.</p><input type="submit" value="Continue"/></noscript>
            </form>
            <script type="text/javascript">document.forms['challengeform3D'].submit();</script>
            """;

    @Test
    void the_simulators_challenge_form_gives_its_address_and_hidden_fields_and_nothing_of_its_script() {
        BankPage page = BankPage.of(SIMULATOR_ANSWER).orElseThrow();

        assertThat(page.action()).isEqualTo(URI.create("http://127.0.0.1:8090/ncol/test/challenge"));
        assertThat(page.fields()).containsExactly(Map.entry("token", "abc"));
        assertThat(page.origin()).isEqualTo("http://127.0.0.1:8090");
    }

    @Test
    void a_bank_page_on_https_keeps_its_port_in_the_origin_and_every_hidden_field_but_no_visible_one() {
        BankPage page = BankPage.of("""
                <FORM method="post" name="downloadForm" action="https://acs.bank.example:8443/3ds/challenge?step=1">
                  <INPUT type="hidden" name="creq" value="eyJ0aHJlZURTU2VydmVyVHJhbnNJRCI6IjEifQ"/>
                  <input name="threeDSSessionData" type="hidden" value="">
                  <input type="text" name="visible" value="not posted by us">
                </FORM>""").orElseThrow();

        assertThat(page.origin()).isEqualTo("https://acs.bank.example:8443");
        assertThat(page.fields()).containsOnly(Map.entry("creq", "eyJ0aHJlZURTU2VydmVyVHJhbnNJRCI6IjEifQ"),
                Map.entry("threeDSSessionData", ""));
    }

    @Test
    void html_entities_in_the_address_and_the_fields_are_unescaped_once() {
        BankPage page = BankPage.of("""
                <form action="https://acs.bank.example/challenge?a=1&amp;b=2" method="post">
                <input type="hidden" name="data" value="x&amp;y&quot;z&amp;lt;"/>
                </form>""").orElseThrow();

        assertThat(page.action()).isEqualTo(URI.create("https://acs.bank.example/challenge?a=1&b=2"));
        assertThat(page.fields()).containsEntry("data", "x&y\"z&lt;");
    }

    @Test
    void a_form_posting_to_a_javascript_address_is_refused() {
        assertThat(BankPage.of("<form action=\"javascript:alert(document.cookie)\" method=\"post\"></form>")).isEmpty();
        assertThat(BankPage.of("<form action=\"JaVaScRiPt:alert(1)\" method=\"post\"></form>")).isEmpty();
    }

    @Test
    void a_form_posting_to_a_relative_or_non_web_address_is_refused() {
        assertThat(BankPage.of("<form action=\"/challenge\" method=\"post\"></form>")).isEmpty();
        assertThat(BankPage.of("<form action=\"data:text/html,hello\" method=\"post\"></form>")).isEmpty();
        assertThat(BankPage.of("<form action=\"not an address\" method=\"post\"></form>")).isEmpty();
    }

    @Test
    void an_answer_without_a_form_is_refused() {
        assertThat(BankPage.of("<script>window.location='https://acs.bank.example/'</script>")).isEmpty();
        assertThat(BankPage.of("")).isEqualTo(Optional.empty());
        assertThat(BankPage.of("<form method=\"post\"><input type=\"hidden\" name=\"token\" value=\"abc\"/></form>")).isEmpty();
    }
}
