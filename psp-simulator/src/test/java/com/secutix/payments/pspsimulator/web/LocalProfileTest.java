package com.secutix.payments.pspsimulator.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator as the local stack starts it (profile {@code local}, its own Spring context), with the address the
 * buyer's browser uses set by configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "psp-simulator.public-base-url=https://psp.example.test/")
@ActiveProfiles("local")
class LocalProfileTest {

    @LocalServerPort
    int port;

    SimulatorClient simulator;

    @BeforeEach
    void connect() {
        simulator = new SimulatorClient(WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10))
                .build());
    }

    @Test
    void the_local_profile_switches_the_admin_endpoints_on() {
        simulator.web().get().uri("/simulator/settings").exchange().expectStatus().isOk();
        simulator.web().get().uri("/simulator/ledger").exchange().expectStatus().isOk()
                .expectHeader().valueEquals("X-Simulator-Ledger-Evicted", "0");
    }

    @Test
    void a_forged_host_header_gets_a_challenge_page_at_the_configured_base_url() {
        SimulatorClient.NcResponse answer = simulator.directLinkResponseWithHost("orderdirect.asp",
                SimulatorClient.threeDsOrder("SAL", SimulatorWebTest.uniqueOrderId("3ds-host"),
                        simulator.aliasFor("4000000000003220"), "https://shop.example/accept",
                        "https://shop.example/decline"), "phishing.example");

        assertThat(answer.attributes()).containsEntry("STATUS", "46");
        assertThat(SimulatorClient.htmlAnswer(answer))
                .contains("action=\"https://psp.example.test/ncol/test/challenge\"")
                .doesNotContain("phishing.example");
    }
}
