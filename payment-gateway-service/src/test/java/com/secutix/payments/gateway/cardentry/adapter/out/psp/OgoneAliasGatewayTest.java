package com.secutix.payments.gateway.cardentry.adapter.out.psp;

import com.secutix.payments.platform.web.returnurls.ReturnUrls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.secutix.payments.gateway.cardentry.application.NoCardEntryAccountException;
import com.secutix.payments.gateway.cardentry.domain.CardAlias;
import com.secutix.payments.gateway.cardentry.domain.CardEntryForm;
import com.secutix.payments.gateway.cardentry.domain.CardEntryReference;
import com.secutix.payments.gateway.cardentry.domain.CardEntryRequest;
import com.secutix.payments.gateway.cardentry.domain.EnteredCard;
import com.secutix.payments.gateway.cardentry.domain.RedirectParameters;
import com.secutix.payments.gateway.ogone.PspProperties;
import com.secutix.payments.gateway.ogone.ShaAlgorithm;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Alias Gateway form and redirect check against vectors computed outside this code base from
 * the rule (fields sorted by upper-case name, NAME=value + passphrase each, SHA-512, hex upper-case)
 * with the demo account's passphrases.
 */
class OgoneAliasGatewayTest {

    private static final String TENANT = "demo-theatre";
    private static final String ORDER_ID = "C2QO15D435ONJX8EOODHGCPWZI";
    /** SHA-IN over ACCEPTURL, ALIAS=CUSTOMER-ALIAS-1, ALIASPERSISTEDAFTERUSE, EXCEPTIONURL, ORDERID, PARAMPLUS, PSPID. */
    private static final String UPDATE_FORM_SIGNATURE = "19ED0E6253850CFA9D4CE319E21BC6D1CFE5219BF551860525A48974"
            + "924A02A7666FF5AE67E759836F89C45C8C8870828A9D6CE12122736B5193202BF52EBEF4";
    /** SHA-OUT over the redirect of {@link #redirect()}. */
    private static final String REDIRECT_SIGNATURE = "9E2DE5173E000F4229A3521D17217130C5467A83499751640FF309EC377"
            + "40AA81B32A0FCD9C59956D4A8AA392D4C3A0DBAC4E73662144F86D7EB734110559567";

    private final OgoneAliasGateway gateway = new OgoneAliasGateway(new PspProperties(
            URI.create("https://psp.example/ncol/test"), null, null,
            Map.of(TENANT, new PspProperties.Account("SECUTIXDEMO", "secutix-api", "demo-api-password",
                    "Demo-SHA-IN-passphrase-2026", "Demo-SHA-OUT-passphrase-2026", ShaAlgorithm.SHA512,
                    List.of(URI.create("https://shop.example/card/"))))));

    private static CardEntryRequest request(String alias) {
        return CardEntryRequest.of("ORD-42", "customer-1", "https://shop.example/card/accept",
                "https://shop.example/card/exception", alias, "session=abc&step=2");
    }

    private static Map<String, String> redirect() {
        Map<String, String> redirect = new LinkedHashMap<>();
        redirect.put("ALIAS", "6F1C2B3A4D5E6F708192A3B4C5D6E7F8");
        redirect.put("CARDNO", "XXXXXXXXXXXX1111");
        redirect.put("CN", "Alice Martin");
        redirect.put("ED", "1230");
        redirect.put("BRAND", "VISA");
        redirect.put("ORDERID", ORDER_ID);
        redirect.put("STATUS", "0");
        redirect.put("NCERROR", "0");
        redirect.put("NCERRORCARDNO", "0");
        redirect.put("NCERRORCN", "0");
        redirect.put("NCERRORCVC", "0");
        redirect.put("NCERRORED", "0");
        redirect.put("SHASIGN", REDIRECT_SIGNATURE);
        return redirect;
    }

    private static RedirectParameters parameters(Map<String, String> redirect) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        redirect.forEach((name, value) -> given.put(name, List.of(value)));
        return RedirectParameters.of(given);
    }

    private boolean verifies(Map<String, String> redirect) {
        return gateway.isSignedByPsp(TENANT, parameters(redirect));
    }

    @Test
    void the_form_posts_to_the_utf8_alias_gateway_with_exactly_the_signed_fields_and_our_alias() {
        CardEntryForm form = gateway.signedForm(TENANT, request(null), new CardEntryReference(ORDER_ID),
                new CardAlias("CUSTOMER-ALIAS-1"));

        assertThat(form.action()).hasToString("https://psp.example/ncol/test/alias_gateway_utf8.asp");
        assertThat(form.fields()).containsOnlyKeys("PSPID", "ORDERID", "ACCEPTURL", "EXCEPTIONURL", "ALIAS",
                "ALIASPERSISTEDAFTERUSE", "PARAMPLUS", "SHASIGN");
        assertThat(form.fields()).containsEntry("PSPID", "SECUTIXDEMO").containsEntry("ORDERID", ORDER_ID)
                .containsEntry("ALIAS", "CUSTOMER-ALIAS-1")
                .containsEntry("ALIASPERSISTEDAFTERUSE", "Y")
                .containsEntry("ACCEPTURL", "https://shop.example/card/accept")
                .containsEntry("EXCEPTIONURL", "https://shop.example/card/exception")
                .containsEntry("PARAMPLUS", "session=abc&step=2");
        assertThat(form.fields().get("SHASIGN")).isEqualTo(UPDATE_FORM_SIGNATURE);
    }

    @Test
    void a_cvv_reentry_form_updates_the_alias_with_the_saved_cards_unsigned_fields_so_the_buyer_types_the_cvc_only() {
        CardEntryForm form = gateway.signedForm(TENANT, request(null), new CardEntryReference(ORDER_ID),
                new CardAlias("CUSTOMER-ALIAS-1"),
                Optional.of(new EnteredCard("MasterCard", "XXXXXXXXXXXX4444", "01/31", "Alice Martin")));

        assertThat(form.fields()).containsOnlyKeys("PSPID", "ORDERID", "ACCEPTURL", "EXCEPTIONURL", "ALIAS",
                "ALIASPERSISTEDAFTERUSE", "PARAMPLUS", "CARDNO", "CN", "ED", "SHASIGN");
        assertThat(form.fields()).containsEntry("ALIAS", "CUSTOMER-ALIAS-1").containsEntry("CARDNO", "XXXXXXXXXXXX4444")
                .containsEntry("CN", "Alice Martin").containsEntry("ED", "0131");
        assertThat(form.fields().get("SHASIGN")).as("the card fields are not signed").isEqualTo(UPDATE_FORM_SIGNATURE);
    }

    @Test
    void a_cvv_reentry_form_for_a_card_without_holder_leaves_cn_out() {
        CardEntryForm form = gateway.signedForm(TENANT, request(null), new CardEntryReference(ORDER_ID),
                new CardAlias("CUSTOMER-ALIAS-1"), Optional.of(new EnteredCard("VISA", "XXXXXXXXXXXX1111", "12/30", null)));

        assertThat(form.fields()).doesNotContainKey("CN").containsEntry("ED", "1230");
    }

    @Test
    void a_tenant_without_an_account_gets_no_form() {
        assertThatThrownBy(() -> gateway.signedForm("other-theatre", request(null), new CardEntryReference(ORDER_ID),
                new CardAlias("CUSTOMER-ALIAS-1")))
                .isInstanceOf(NoCardEntryAccountException.class);
    }

    @Test
    void the_tenants_return_addresses_are_those_of_its_account() {
        assertThat(gateway.allowedReturnUrls(TENANT).allow(URI.create("https://shop.example/card/accept"))).isTrue();
        assertThat(gateway.allowedReturnUrls(TENANT).allow(URI.create("https://evil.example/card/accept"))).isFalse();
    }

    @Test
    void accepts_a_redirect_signed_with_the_sha_out_passphrase() {
        assertThat(verifies(redirect())).isTrue();
    }

    @Test
    void refuses_a_redirect_with_a_tampered_value() {
        Map<String, String> redirect = redirect();
        redirect.put("ED", "1231");

        assertThat(verifies(redirect)).isFalse();
    }

    @Test
    void refuses_a_redirect_with_an_extra_signed_parameter() {
        Map<String, String> redirect = redirect();
        redirect.put("PAYID", "3014657");

        assertThat(verifies(redirect)).isFalse();
    }

    @Test
    void refuses_a_redirect_without_signature() {
        Map<String, String> redirect = redirect();
        redirect.remove("SHASIGN");

        assertThat(verifies(redirect)).isFalse();
    }

    @Test
    void refuses_a_redirect_signed_with_the_sha_in_passphrase() {
        Map<String, String> redirect = redirect();
        redirect.put("SHASIGN", UPDATE_FORM_SIGNATURE);

        assertThat(verifies(redirect)).isFalse();
    }

    @Test
    void ignores_the_paramplus_fields_passed_through_unsigned() {
        Map<String, String> redirect = redirect();
        redirect.put("session", "abc");
        redirect.put("step", "2");

        assertThat(verifies(redirect)).isTrue();
    }

    @Test
    void reads_names_in_lower_and_mixed_case() {
        Map<String, String> redirect = new LinkedHashMap<>();
        redirect().forEach((name, value) -> redirect.put(switch (name) {
            case "ORDERID" -> "orderID";
            case "NCERRORCARDNO" -> "NCErrorCardNo";
            case "SHASIGN" -> "SHASign";
            default -> name.toLowerCase();
        }, value));

        assertThat(verifies(redirect)).isTrue();
    }

    @Test
    void accepts_the_signature_in_lower_case_hex() {
        Map<String, String> redirect = redirect();
        redirect.put("SHASIGN", REDIRECT_SIGNATURE.toLowerCase());

        assertThat(verifies(redirect)).isTrue();
    }
}
