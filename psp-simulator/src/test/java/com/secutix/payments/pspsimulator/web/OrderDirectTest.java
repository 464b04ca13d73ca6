package com.secutix.payments.pspsimulator.web;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OrderDirectTest extends SimulatorWebTest {

    @Test
    void accepts_a_request_signed_by_hand_following_the_sha_in_rule() {
        String alias = simulator.aliasFor("4111111111111111");
        String orderId = uniqueOrderId("kat");
        // the SHA-IN rule spelt out: non-empty fields, upper-case names, sorted, NAME=value + passphrase each
        String p = DemoMerchant.SHA_IN;
        String stringToHash = "ALIAS=" + alias + p + "AMOUNT=8250" + p + "CURRENCY=EUR" + p + "OPERATION=SAL" + p
                + "ORDERID=" + orderId + p + "PSPID=SECUTIXDEMO" + p + "PSWD=demo-api-password" + p
                + "USERID=secutix-api" + p;
        Map<String, String> form = new LinkedHashMap<>();
        form.put("userid", "secutix-api");
        form.put("PSWD", "demo-api-password");
        form.put("PSPID", "SECUTIXDEMO");
        form.put("orderID", orderId);
        form.put("AMOUNT", "8250");
        form.put("Currency", "EUR");
        form.put("OPERATION", "SAL");
        form.put("ALIAS", alias);
        form.put("CN", "");
        form.put("SHASIGN", DemoMerchant.sha512(stringToHash));

        Map<String, String> answer = simulator.postUnsigned("orderdirect.asp", form);

        assertThat(answer).containsEntry("NCERROR", "0").containsEntry("STATUS", "9")
                .containsEntry("amount", "82.5").containsEntry("currency", "EUR");
    }

    @Test
    void refuses_a_wrong_signature_with_data_validation_error_and_status_0() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("PSPID", DemoMerchant.PSPID);
        form.put("USERID", DemoMerchant.API_USER);
        form.put("PSWD", DemoMerchant.API_PASSWORD);
        form.put("ORDERID", uniqueOrderId("badsha"));
        form.put("AMOUNT", "100");
        form.put("CURRENCY", "EUR");
        form.put("OPERATION", "SAL");
        form.put("ALIAS", "ANY");
        form.put("SHASIGN", DemoMerchant.sign(Map.of("PSPID", DemoMerchant.PSPID), DemoMerchant.SHA_IN));

        Map<String, String> answer = simulator.postUnsigned("orderdirect.asp", form);

        assertThat(answer).containsEntry("STATUS", "0").containsEntry("NCERROR", "50001111")
                .containsEntry("NCSTATUS", "5").containsEntry("NCERRORPLUS", "unknown order/1/s");
        assertThat(simulator.ledger("?orderId=" + form.get("ORDERID"))).isEmpty();
    }

    @Test
    void refuses_a_wrong_api_password_and_an_unknown_pspid() {
        Map<String, String> wrongPassword = simulator.directLink("orderdirect.asp", Map.of("PSWD", "guess"));
        Map<String, String> form = new LinkedHashMap<>(Map.of("PSPID", "NOBODY", "USERID", "x", "PSWD", "y"));
        form.put("SHASIGN", DemoMerchant.sign(form, "whatever"));
        Map<String, String> unknownAccount = simulator.postUnsigned("orderdirect.asp", form);

        assertThat(wrongPassword).containsEntry("STATUS", "0").containsEntry("NCERROR", "50001119");
        assertThat(unknownAccount).containsEntry("STATUS", "0").containsEntry("NCERROR", "50001118");
    }

    @Test
    void approves_a_sale_with_status_9_and_an_authorisation_with_status_5() {
        String alias = simulator.aliasFor("5555555555554444");

        Map<String, String> sale = simulator.order("SAL", uniqueOrderId("sale"), alias, "1999");
        Map<String, String> authorisation = simulator.order("RES", uniqueOrderId("auth"), alias, "1999");

        assertThat(sale).containsEntry("STATUS", "9").containsEntry("NCERROR", "0").containsEntry("NCSTATUS", "0")
                .containsEntry("BRAND", "MasterCard").containsEntry("ALIAS", alias).containsEntry("ACCEPTANCE", "test123");
        assertThat(sale.get("PAYID")).matches("\\d+");
        assertThat(authorisation).containsEntry("STATUS", "5");
    }

    @Test
    void uses_the_cvc_kept_by_the_alias_gateway_once() {
        String alias = simulator.aliasFor("4111111111111111");

        Map<String, String> first = simulator.order("SAL", uniqueOrderId("cvc"), alias, "100");
        Map<String, String> second = simulator.order("SAL", uniqueOrderId("cvc"), alias, "100");

        assertThat(first).containsEntry("CVCCheck", "OK");
        assertThat(second).containsEntry("CVCCheck", "NO").containsEntry("STATUS", "9");
    }

    @Test
    void declines_the_declining_test_card_with_2_on_authorisation_and_93_on_sale() {
        String alias = simulator.aliasFor("4000000000000002");

        Map<String, String> sale = simulator.order("SAL", uniqueOrderId("decline"), alias, "500");
        Map<String, String> authorisation = simulator.order("RES", uniqueOrderId("decline"), alias, "500");

        assertThat(sale).containsEntry("STATUS", "93").containsEntry("NCERROR", "30001001")
                .containsEntry("NCSTATUS", "3");
        assertThat(authorisation).containsEntry("STATUS", "2");
    }

    @Test
    void refuses_a_second_order_with_the_same_orderid_and_the_ledger_shows_one_sale() {
        String alias = simulator.aliasFor("4111111111111111");
        String orderId = uniqueOrderId("dup");

        Map<String, String> first = simulator.order("SAL", orderId, alias, "2500");
        Map<String, String> second = simulator.order("SAL", orderId, alias, "2500");

        assertThat(first).containsEntry("STATUS", "9");
        assertThat(second).containsEntry("STATUS", "0").containsEntry("NCERROR", "50001113");
        List<Map<String, Object>> ledger = simulator.ledger("?orderId=" + orderId);
        assertThat(ledger).hasSize(1);
        assertThat(ledger.get(0)).containsEntry("operation", "SAL").containsEntry("status", 9)
                .containsEntry("payId", Long.parseLong(first.get("PAYID")));
    }

    @Test
    void lets_a_refused_order_be_tried_again_with_the_same_orderid() {
        String declining = simulator.aliasFor("4000000000000002");
        String approving = simulator.aliasFor("4111111111111111");
        String orderId = uniqueOrderId("retry");

        simulator.order("SAL", orderId, declining, "700");
        Map<String, String> retry = simulator.order("SAL", orderId, approving, "700");

        assertThat(retry).containsEntry("STATUS", "9");
        assertThat(simulator.ledger("?orderId=" + orderId)).extracting(e -> e.get("status")).containsExactly(93, 9);
    }

    @Test
    void answers_uncertain_then_a_query_settles_the_payment() {
        String alias = simulator.aliasFor("4000000000000259");
        String saleId = uniqueOrderId("uncertain-sale");
        String authId = uniqueOrderId("uncertain-auth");

        Map<String, String> sale = simulator.order("SAL", saleId, alias, "1200");
        Map<String, String> authorisation = simulator.order("RES", authId, alias, "1200");

        assertThat(sale).containsEntry("STATUS", "92");
        assertThat(authorisation).containsEntry("STATUS", "52");
        assertThat(simulator.order("SAL", saleId, alias, "1200")).containsEntry("NCERROR", "50001113");
        assertThat(simulator.queryByOrderId(saleId)).containsEntry("STATUS", "9")
                .containsEntry("PAYID", sale.get("PAYID"));
        assertThat(simulator.directLink("querydirect.asp", Map.of("PAYID", authorisation.get("PAYID"))))
                .containsEntry("STATUS", "5");
    }

    @Test
    void records_the_slow_card_as_accepted_but_answers_after_the_client_gave_up() {
        String alias = simulator.aliasFor("4000000000000119");
        String orderId = uniqueOrderId("slow");
        long started = System.nanoTime();

        Map<String, String> answer = simulator.order("SAL", orderId, alias, "3000");

        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(1400);
        assertThat(answer).containsEntry("STATUS", "9");
        assertThat(simulator.ledger("?orderId=" + orderId)).hasSize(1);
    }

    @Test
    void treats_amount_as_times_100_for_every_currency() {
        String alias = simulator.aliasFor("4111111111111111");

        Map<String, String> yen = simulator.directLink("orderdirect.asp", Map.of("OPERATION", "SAL",
                "ORDERID", uniqueOrderId("jpy"), "ALIAS", alias, "AMOUNT", "150000", "CURRENCY", "JPY"));
        Map<String, String> yenFraction = simulator.directLink("orderdirect.asp", Map.of("OPERATION", "SAL",
                "ORDERID", uniqueOrderId("jpy"), "ALIAS", alias, "AMOUNT", "150050", "CURRENCY", "JPY"));

        assertThat(yen).containsEntry("STATUS", "9").containsEntry("amount", "1500").containsEntry("currency", "JPY");
        assertThat(yenFraction).containsEntry("STATUS", "0").containsEntry("NCERROR", "50001121");
    }

    @Test
    void accepts_card_on_file_flags_and_refuses_unknown_values() {
        String alias = simulator.aliasFor("4111111111111111");
        Map<String, String> fields = new LinkedHashMap<>(Map.of("OPERATION", "SAL", "ALIAS", alias, "AMOUNT", "100",
                "CURRENCY", "EUR", "ECI", "9", "COF_INITIATOR", "MIT", "COF_SCHEDULE", "SCHED",
                "COF_TRANSACTION", "SUBSEQ"));
        fields.put("ORDERID", uniqueOrderId("cof"));
        Map<String, String> accepted = simulator.directLink("orderdirect.asp", fields);
        fields.put("ORDERID", uniqueOrderId("cof"));
        fields.put("COF_INITIATOR", "ROBOT");
        Map<String, String> refused = simulator.directLink("orderdirect.asp", fields);

        assertThat(accepted).containsEntry("STATUS", "9").containsEntry("ECI", "9");
        assertThat(refused).containsEntry("STATUS", "0").containsEntry("NCERROR", "50001111");
    }

    @Test
    void refuses_an_eci_that_is_not_one_digit() {
        String alias = simulator.aliasFor("4111111111111111");

        for (String eci : new String[] {"12", "x", "\u0663"}) {
            Map<String, String> refused = simulator.directLink("orderdirect.asp", Map.of("OPERATION", "SAL",
                    "ORDERID", uniqueOrderId("eci"), "ALIAS", alias, "AMOUNT", "100", "CURRENCY", "EUR", "ECI", eci));

            assertThat(refused).as("ECI %s", eci).containsEntry("STATUS", "0").containsEntry("NCERROR", "50001070");
        }
    }

    @Test
    void answers_on_the_utf8_endpoint_and_whatever_the_case_of_the_path() {
        String alias = simulator.aliasFor("4111111111111111");

        Map<String, String> answer = simulator.directLink("OrderDirect_UTF8.asp", Map.of("OPERATION", "RES",
                "ORDERID", uniqueOrderId("case"), "ALIAS", alias, "AMOUNT", "100", "CURRENCY", "EUR"));

        assertThat(answer).containsEntry("STATUS", "5");
    }
}
