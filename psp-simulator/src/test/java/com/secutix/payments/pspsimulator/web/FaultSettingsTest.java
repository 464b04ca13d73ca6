package com.secutix.payments.pspsimulator.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultSettingsTest extends SimulatorWebTest {

    @AfterEach
    void noMoreFaults() {
        settings(Map.of("latencyMinMs", 0, "latencyMaxMs", 0, "errorRate", 0, "timeoutRate", 0, "uncertainRate", 0))
                .expectStatus().isOk();
    }

    @Test
    void adds_the_configured_latency() {
        String alias = simulator.aliasFor("4111111111111111");
        settings(Map.of("latencyMinMs", 300, "latencyMaxMs", 400)).expectStatus().isOk()
                .expectBody().jsonPath("$.latencyMinMs").isEqualTo(300).jsonPath("$.latencyMaxMs").isEqualTo(400);
        long started = System.nanoTime();

        simulator.order("SAL", uniqueOrderId("latency"), alias, "100");

        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void records_the_order_even_when_the_latency_outlasts_the_clients_patience() {
        String alias = simulator.aliasFor("4111111111111111");
        String orderId = uniqueOrderId("slow-network");
        settings(Map.of("latencyMinMs", 1500, "latencyMaxMs", 1500)).expectStatus().isOk();
        SimulatorClient impatient = new SimulatorClient(WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port).responseTimeout(Duration.ofMillis(300)).build());

        assertThatThrownBy(() -> impatient.order("SAL", orderId, alias, "100")).isNotNull();

        assertThat(simulator.ledger("?orderId=" + orderId)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("status", 9));
        settings(Map.of("latencyMinMs", 0, "latencyMaxMs", 0)).expectStatus().isOk();
        assertThat(simulator.queryByOrderId(orderId)).containsEntry("STATUS", "9");
    }

    @Test
    void answers_http_500_without_recording_anything_at_error_rate_1() {
        String alias = simulator.aliasFor("4111111111111111");
        String orderId = uniqueOrderId("error");
        settings(Map.of("errorRate", 1.0)).expectStatus().isOk();

        simulator.postForm("/ncol/test/orderdirect.asp", Map.of("PSPID", DemoMerchant.PSPID, "ORDERID", orderId,
                "ALIAS", alias)).expectStatus().isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);

        assertThat(simulator.ledger("?orderId=" + orderId)).isEmpty();
    }

    @Test
    void records_the_order_but_answers_too_late_for_the_client_at_timeout_rate_1() {
        String alias = simulator.aliasFor("4111111111111111");
        String orderId = uniqueOrderId("timeout");
        settings(Map.of("timeoutRate", 1.0)).expectStatus().isOk();
        SimulatorClient impatient = new SimulatorClient(WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port).responseTimeout(Duration.ofMillis(300)).build());

        assertThatThrownBy(() -> impatient.order("SAL", orderId, alias, "100")).isNotNull();

        assertThat(simulator.ledger("?orderId=" + orderId)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("status", 9));
    }

    @Test
    void answers_uncertain_at_uncertain_rate_1_until_a_query() {
        String alias = simulator.aliasFor("4111111111111111");
        String orderId = uniqueOrderId("lost");
        settings(Map.of("uncertainRate", 1.0)).expectStatus().isOk();

        Map<String, String> answer = simulator.order("SAL", orderId, alias, "100");
        settings(Map.of("uncertainRate", 0)).expectStatus().isOk();

        assertThat(answer).containsEntry("STATUS", "92");
        assertThat(simulator.queryByOrderId(orderId)).containsEntry("STATUS", "9");
    }

    @Test
    void refuses_rates_that_add_up_to_more_than_one() {
        settings(Map.of("errorRate", 0.6, "timeoutRate", 0.6)).expectStatus().isBadRequest();

        simulator.web().get().uri("/simulator/settings").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.errorRate").isEqualTo(0.0);
    }

    private WebTestClient.ResponseSpec settings(Map<String, Object> change) {
        return simulator.web().put().uri("/simulator/settings").bodyValue(change).exchange();
    }
}
