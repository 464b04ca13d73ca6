package com.secutix.payments.pspsimulator.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AliasGatewayTest extends SimulatorWebTest {

    @Test
    void creates_an_alias_and_redirects_to_accepturl_with_a_masked_card_and_a_valid_sha_out() {
        Map<String, String> redirect = simulator.newAlias("4111111111111111", "123");

        assertThat(redirect.get("@target")).isEqualTo(SimulatorClient.ACCEPT_URL);
        assertThat(redirect).containsEntry("STATUS", "0")
                .containsEntry("CARDNO", "XXXXXXXXXXXX1111")
                .containsEntry("BRAND", "VISA")
                .containsEntry("CN", "Ada Lovelace")
                .containsEntry("ED", SimulatorClient.FAR_EXPIRY)
                .containsEntry("NCERROR", "0");
        assertThat(redirect.get("ALIAS")).matches("[0-9A-F]{32}");
        assertThat(redirect.toString()).doesNotContain("4111111111111111");
        assertThat(redirect).doesNotContainKey("CVC").doesNotContainValue("123");
        assertThat(redirect.get("SHASIGN")).isEqualTo(shaOutOf(redirect));
    }

    @Test
    void keeps_the_alias_the_merchant_chose() {
        Map<String, String> form = cardForm("4111111111111111");
        form.put("ALIAS", "OUR-ALIAS-" + System.nanoTime());

        Map<String, String> redirect = simulator.aliasGateway(form);

        assertThat(redirect).containsEntry("STATUS", "0").containsEntry("ALIAS", form.get("ALIAS"));
    }

    @Test
    void updates_holder_and_expiry_of_an_alias_with_the_masked_number_and_answers_status_2() {
        Map<String, String> created = simulator.newAlias("5555555555554444", "321");
        Map<String, String> update = new LinkedHashMap<>();
        update.put("PSPID", DemoMerchant.PSPID);
        update.put("ACCEPTURL", SimulatorClient.ACCEPT_URL);
        update.put("EXCEPTIONURL", SimulatorClient.EXCEPTION_URL);
        update.put("ALIAS", created.get("ALIAS"));
        update.put("CARDNO", created.get("CARDNO"));
        update.put("CN", "Grace Hopper");
        update.put("ED", "0638");

        Map<String, String> redirect = simulator.aliasGateway(update);

        assertThat(redirect.get("@target")).isEqualTo(SimulatorClient.ACCEPT_URL);
        assertThat(redirect).containsEntry("STATUS", "2")
                .containsEntry("ALIAS", created.get("ALIAS"))
                .containsEntry("CN", "Grace Hopper")
                .containsEntry("ED", "0638")
                .containsEntry("CARDNO", "XXXXXXXXXXXX4444")
                .containsEntry("BRAND", "MasterCard");
        assertThat(redirect.get("SHASIGN")).isEqualTo(shaOutOf(redirect));
    }

    @Test
    void the_admin_endpoint_shows_what_the_simulator_holds_behind_an_alias_after_an_update() {
        Map<String, String> created = simulator.newAlias("5555555555554444", "321");
        Map<String, String> update = new LinkedHashMap<>();
        update.put("PSPID", DemoMerchant.PSPID);
        update.put("ACCEPTURL", SimulatorClient.ACCEPT_URL);
        update.put("EXCEPTIONURL", SimulatorClient.EXCEPTION_URL);
        update.put("ALIAS", created.get("ALIAS"));
        update.put("CARDNO", created.get("CARDNO"));
        update.put("CN", "Grace Hopper");
        update.put("ED", "0638");
        simulator.aliasGateway(update);

        String shown = org.springframework.test.web.reactive.server.WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port).build()
                .get().uri(uri -> uri.path("/simulator/aliases/{alias}").queryParam("pspid", DemoMerchant.PSPID)
                        .build(created.get("ALIAS")))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.alias").isEqualTo(created.get("ALIAS"))
                .jsonPath("$.holder").isEqualTo("Grace Hopper")
                .jsonPath("$.expiry").isEqualTo("06/38")
                .jsonPath("$.maskedNumber").isEqualTo("XXXXXXXXXXXX4444")
                .jsonPath("$.brand").isEqualTo("MasterCard")
                .returnResult().toString();
        assertThat(shown).doesNotContain("5555555555554444").doesNotContain("321\"");
        org.springframework.test.web.reactive.server.WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port).build()
                .get().uri(uri -> uri.path("/simulator/aliases/{alias}").queryParam("pspid", "SOMEONE-ELSE")
                        .build(created.get("ALIAS")))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void sends_an_invalid_card_number_to_exceptionurl_with_ncerrorcardno() {
        Map<String, String> redirect = simulator.aliasGateway(cardForm("4111111111111112"));

        assertThat(redirect.get("@target")).isEqualTo(SimulatorClient.EXCEPTION_URL);
        assertThat(redirect).containsEntry("STATUS", "1")
                .containsEntry("NCERRORCARDNO", "30141001")
                .containsEntry("NCERRORED", "0")
                .containsEntry("NCERRORCVC", "0")
                .containsEntry("CARDNO", "XXXXXXXXXXXX1112");
        assertThat(redirect.get("SHASIGN")).isEqualTo(shaOutOf(redirect));
    }

    @Test
    void refuses_an_expiry_date_in_the_past_and_a_cvc_of_the_wrong_length() {
        Map<String, String> form = cardForm("378282246310005");
        form.put("ED", "0120");
        form.put("CVC", "123");

        Map<String, String> redirect = simulator.aliasGateway(form);

        assertThat(redirect).containsEntry("STATUS", "1")
                .containsEntry("NCERRORED", "50001183")
                .containsEntry("NCERRORCVC", "50001066")
                .containsEntry("NCERRORCARDNO", "0");
    }

    @Test
    void passes_paramplus_fields_through_unsigned() {
        Map<String, String> form = cardForm("36227206271667");
        form.put("PARAMPLUS", "session=abc&step=2");

        Map<String, String> redirect = simulator.aliasGateway(form);

        assertThat(redirect).containsEntry("session", "abc").containsEntry("step", "2")
                .containsEntry("BRAND", "Diners Club");
        assertThat(redirect.get("SHASIGN")).isEqualTo(shaOutOf(redirect));
    }

    @Test
    void shows_an_error_page_instead_of_redirecting_when_the_signature_is_wrong() {
        Map<String, String> form = cardForm("4111111111111111");
        form.put("SHASIGN", "0".repeat(128));

        String page = simulator.postForm("/ncol/test/alias_gateway.asp", form)
                .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("unknown order/1/s");
    }

    private static Map<String, String> cardForm(String cardNumber) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("PSPID", DemoMerchant.PSPID);
        form.put("ORDERID", "card-" + System.nanoTime());
        form.put("ACCEPTURL", SimulatorClient.ACCEPT_URL);
        form.put("EXCEPTIONURL", SimulatorClient.EXCEPTION_URL);
        form.put("CARDNO", cardNumber);
        form.put("CN", "Ada Lovelace");
        form.put("ED", SimulatorClient.FAR_EXPIRY);
        form.put("CVC", "123");
        return form;
    }

    /** SHA-OUT over the returned Ogone fields (pass-through fields and our helper key excluded). */
    static String shaOutOf(Map<String, String> redirect) {
        Map<String, String> signed = new LinkedHashMap<>();
        redirect.forEach((name, value) -> {
            if (name.equals(name.toUpperCase()) && !name.startsWith("@") || name.equals("orderID")
                    || name.equals("amount") || name.equals("currency")) {
                signed.put(name, value);
            }
        });
        return DemoMerchant.sign(signed, DemoMerchant.SHA_OUT);
    }
}
