package com.secutix.payments.pspsimulator.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MaintenanceTest extends SimulatorWebTest {

    @Test
    void captures_an_authorisation_in_two_parts_and_refuses_capturing_more() {
        String orderId = uniqueOrderId("capture");
        String payId = simulator.order("RES", orderId, simulator.aliasFor("4111111111111111"), "10000").get("PAYID");

        Map<String, String> first = simulator.maintain(payId, "SAL", "4000");
        Map<String, String> tooMuch = simulator.maintain(payId, "SAL", "6001");
        Map<String, String> last = simulator.maintain(payId, "SAS", "6000");
        Map<String, String> afterClosing = simulator.maintain(payId, "SAL", "1");

        assertThat(first).containsEntry("STATUS", "9").containsEntry("PAYIDSUB", "1").containsEntry("amount", "40");
        assertThat(tooMuch).containsEntry("STATUS", "0").containsEntry("NCERROR", "50001126");
        assertThat(last).containsEntry("STATUS", "9").containsEntry("PAYIDSUB", "2");
        assertThat(afterClosing).containsEntry("NCERROR", "50001127");
    }

    @Test
    void refunds_partially_and_refuses_a_refund_above_what_is_left() {
        String orderId = uniqueOrderId("refund");
        String payId = simulator.order("SAL", orderId, simulator.aliasFor("378282246310005"), "5000").get("PAYID");

        Map<String, String> partial = simulator.maintain(payId, "RFD", "2000");
        Map<String, String> over = simulator.maintain(payId, "RFD", "3001");
        Map<String, String> rest = simulator.maintain(payId, "RFS", "3000");
        Map<String, String> afterLast = simulator.maintain(payId, "RFD", "1");

        assertThat(partial).containsEntry("STATUS", "8").containsEntry("PAYIDSUB", "1").containsEntry("amount", "20");
        assertThat(over).containsEntry("STATUS", "0").containsEntry("NCERROR", "50001129");
        assertThat(rest).containsEntry("STATUS", "8").containsEntry("PAYIDSUB", "2");
        assertThat(afterLast).containsEntry("NCERROR", "50001127");
        List<Map<String, Object>> ledger = simulator.ledger("?orderId=" + orderId);
        assertThat(ledger).extracting(e -> e.get("operation")).containsExactly("SAL", "RFD", "RFS");
        assertThat(ledger).extracting(e -> e.get("amount")).containsExactly(5000, 2000, 3000);
    }

    @Test
    void refuses_every_refund_of_the_refund_failing_card_with_83() {
        String payId = simulator.order("SAL", uniqueOrderId("norefund"), simulator.aliasFor("4000000000005126"), "900")
                .get("PAYID");

        Map<String, String> refund = simulator.maintain(payId, "RFD", "900");

        assertThat(refund).containsEntry("STATUS", "83").containsEntry("NCERROR", "30001001");
        assertThat(simulator.directLink("querydirect.asp", Map.of("PAYID", payId, "PAYIDSUB", "0")))
                .containsEntry("STATUS", "9");
    }

    @Test
    void cancels_an_authorisation_and_renews_one() {
        String alias = simulator.aliasFor("6759649826438453");
        String cancelled = simulator.order("RES", uniqueOrderId("del"), alias, "800").get("PAYID");
        String renewed = simulator.order("RES", uniqueOrderId("ren"), alias, "800").get("PAYID");

        assertThat(simulator.maintain(cancelled, "DES", null)).containsEntry("STATUS", "6");
        assertThat(simulator.maintain(cancelled, "SAL", "100")).containsEntry("NCERROR", "50001127");
        assertThat(simulator.maintain(renewed, "REN", null)).containsEntry("STATUS", "5");
        assertThat(simulator.maintain(renewed, "RFD", "100")).containsEntry("NCERROR", "50001127");
    }

    @Test
    void answers_pending_statuses_when_asked_and_the_query_shows_the_final_ones() {
        simulator.web().put().uri("/simulator/settings").bodyValue(Map.of("pendingMaintenanceAnswers", true))
                .exchange().expectStatus().isOk();
        try {
            String payId = simulator.order("RES", uniqueOrderId("pending"), simulator.aliasFor("4111111111111111"),
                    "1000").get("PAYID");

            Map<String, String> capture = simulator.maintain(payId, "SAS", null);
            Map<String, String> refund = simulator.maintain(payId, "RFD", "400");

            assertThat(capture).containsEntry("STATUS", "91");
            assertThat(refund).containsEntry("STATUS", "81");
            assertThat(simulator.directLink("querydirect.asp", Map.of("PAYID", payId, "PAYIDSUB", "1")))
                    .containsEntry("STATUS", "9");
            assertThat(simulator.directLink("querydirect.asp", Map.of("PAYID", payId)))
                    .containsEntry("STATUS", "8").containsEntry("PAYIDSUB", "2");
        } finally {
            simulator.web().put().uri("/simulator/settings").bodyValue(Map.of("pendingMaintenanceAnswers", false))
                    .exchange().expectStatus().isOk();
        }
    }

    @Test
    void queries_by_orderid_and_answers_order_not_found_for_an_unknown_one() {
        String orderId = uniqueOrderId("query");
        Map<String, String> sale = simulator.order("SAL", orderId, simulator.aliasFor("4111111111111111"), "1234");

        Map<String, String> found = simulator.queryByOrderId(orderId);
        Map<String, String> missing = simulator.queryByOrderId(uniqueOrderId("never"));

        assertThat(found).containsEntry("PAYID", sale.get("PAYID")).containsEntry("STATUS", "9")
                .containsEntry("amount", "12.34").containsEntry("CARDNO", "XXXXXXXXXXXX1111");
        assertThat(missing).containsEntry("STATUS", "0").containsEntry("NCERROR", "50001130");
    }

    @Test
    void filters_the_ledger_by_orderid_and_pspid() {
        String orderId = uniqueOrderId("ledger");
        String payId = simulator.order("RES", orderId, simulator.aliasFor("4111111111111111"), "600").get("PAYID");
        simulator.maintain(payId, "SAS", "600");

        List<Map<String, Object>> byOrder = simulator.ledger("?orderId=" + orderId);
        List<Map<String, Object>> byAccount = simulator.ledger("?pspid=" + DemoMerchant.PSPID + "&orderId=" + orderId);
        List<Map<String, Object>> otherAccount = simulator.ledger("?pspid=SOMEONEELSE");

        assertThat(byOrder).extracting(e -> e.get("operation")).containsExactly("RES", "SAS");
        assertThat(byOrder.get(1)).containsEntry("payIdSub", 1).containsEntry("status", 9)
                .containsEntry("currency", "EUR").containsEntry("pspid", DemoMerchant.PSPID).containsKey("time");
        assertThat(byAccount).hasSize(2);
        assertThat(otherAccount).isEmpty();
    }
}
