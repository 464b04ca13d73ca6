package com.secutix.payments.gateway.cardentry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AliasGatewayFeedbackTest {

    private static Map<String, String> created() {
        Map<String, String> redirect = new LinkedHashMap<>();
        redirect.put("ALIAS", "6F1C2B3A4D5E6F708192A3B4C5D6E7F8");
        redirect.put("CARDNO", "XXXXXXXXXXXX1111");
        redirect.put("CN", "Alice Martin");
        redirect.put("ED", "0330");
        redirect.put("BRAND", "VISA");
        redirect.put("STATUS", "0");
        return redirect;
    }

    private static CardEntryOutcome read(Map<String, String> redirect) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        redirect.forEach((name, value) -> given.put(name, List.of(value)));
        return AliasGatewayFeedback.read(RedirectParameters.of(given));
    }

    @Test
    void a_new_alias_comes_with_the_masked_card_and_the_expiry_as_mm_yy() {
        assertThat(read(created())).isEqualTo(new CardEntryOutcome.AliasStored(new CardAlias("6F1C2B3A4D5E6F708192A3B4C5D6E7F8"),
                AliasStatus.CREATED, new EnteredCard("VISA", "XXXXXXXXXXXX1111", "03/30", "Alice Martin")));
    }

    @Test
    void status_2_is_an_updated_alias() {
        Map<String, String> redirect = created();
        redirect.put("STATUS", "2");

        assertThat(read(redirect)).isInstanceOfSatisfying(CardEntryOutcome.AliasStored.class,
                stored -> assertThat(stored.status()).isEqualTo(AliasStatus.UPDATED));
    }

    @Test
    void a_refusal_names_each_refused_field_with_its_code() {
        Map<String, String> redirect = created();
        redirect.put("STATUS", "1");
        redirect.put("NCERROR", "55555555");
        redirect.put("NCERRORCARDNO", "30141001");
        redirect.put("NCERRORCN", "0");
        redirect.put("NCERRORED", "50001183");
        redirect.put("NCERRORCVC", "50001066");

        CardEntryOutcome outcome = read(redirect);

        assertThat(outcome).isInstanceOfSatisfying(CardEntryOutcome.CardRefused.class, refused -> assertThat(
                refused.explanation()).isEqualTo("The PSP refused the card details: "
                + "the card number is not a valid card number (30141001); "
                + "the expiry date is in the past: the card has expired (50001183); "
                + "the security code is not valid (3 digits, 4 for American Express) (50001066)."));
    }

    @Test
    void an_unknown_field_code_is_still_reported() {
        Map<String, String> redirect = created();
        redirect.put("STATUS", "1");
        redirect.put("NCERRORCN", "99999999");

        assertThat(((CardEntryOutcome.CardRefused) read(redirect)).explanation())
                .contains("the card holder's name was refused (99999999)");
    }

    @Test
    void refuses_a_card_number_that_is_not_masked_without_repeating_it() {
        Map<String, String> redirect = created();
        redirect.put("CARDNO", "4111111111111111");

        assertThatThrownBy(() -> read(redirect)).isInstanceOf(InvalidCardEntryException.class)
                .hasMessageStartingWith("CARDNO: is not a masked card number")
                .message().doesNotContain("4111").doesNotContain("1111");
    }

    @Test
    void a_nineteen_digit_card_comes_back_masked_but_its_last_four() {
        Map<String, String> redirect = created();
        redirect.put("CARDNO", "XXXXXXXXXXXXXXX0004");

        assertThat(read(redirect)).isInstanceOfSatisfying(CardEntryOutcome.AliasStored.class,
                stored -> assertThat(stored.card().maskedNumber()).isEqualTo("XXXXXXXXXXXXXXX0004"));
    }

    @Test
    void a_holder_name_holding_a_card_number_written_with_dots_is_refused() {
        Map<String, String> redirect = created();
        redirect.put("CN", "4111.1111.1111.1111");

        assertThatThrownBy(() -> read(redirect)).isInstanceOf(InvalidCardEntryException.class)
                .hasMessage("CN: looks like a card number, which is never accepted");
    }

    @Test
    void refuses_an_expiry_that_is_not_mmyy() {
        Map<String, String> redirect = created();
        redirect.put("ED", "13/30");

        assertThatThrownBy(() -> read(redirect)).hasMessage("ED: must be the expiry date as MMYY");
    }

    @Test
    void refuses_an_unknown_status() {
        Map<String, String> redirect = created();
        redirect.put("STATUS", "9");

        assertThatThrownBy(() -> read(redirect)).hasMessage("STATUS: must be 0, 1 or 2 for the Alias Gateway");
    }

    @Test
    void refuses_a_name_given_twice_in_different_cases() {
        Map<String, List<String>> given = new LinkedHashMap<>();
        given.put("ALIAS", List.of("A"));
        given.put("alias", List.of("B"));

        assertThatThrownBy(() -> RedirectParameters.of(given)).hasMessage("ALIAS: is given more than once");
    }

    @Test
    void a_holder_name_with_markup_is_refused() {
        Map<String, String> redirect = created();
        redirect.put("CN", "<script>alert(1)</script>");

        assertThatThrownBy(() -> read(redirect)).isInstanceOf(InvalidCardEntryException.class)
                .hasMessage("CN: must not contain markup characters or invisible direction controls");
    }

    @Test
    void a_holder_name_with_a_bidirectional_override_is_refused() {
        Map<String, String> redirect = created();
        redirect.put("CN", "Alice \u202EnitraM");

        assertThatThrownBy(() -> read(redirect)).isInstanceOf(InvalidCardEntryException.class)
                .hasMessageStartingWith("CN: must not contain");
    }

    @Test
    void a_holder_name_with_an_apostrophe_is_a_name() {
        Map<String, String> redirect = created();
        redirect.put("CN", "Aoife O'Brien");

        assertThat(read(redirect)).isInstanceOf(CardEntryOutcome.AliasStored.class);
    }
}
