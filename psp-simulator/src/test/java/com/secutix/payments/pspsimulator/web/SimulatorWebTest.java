package com.secutix.payments.pspsimulator.web;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

/**
 * The running simulator on a random port; every test class shares this one context. Its admin endpoints
 * ({@code /simulator/**}) are switched on here, as the local profile does; {@link AdminEndpointsOffTest} starts it
 * without them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"psp-simulator.faults.slow-answer-delay=PT1.5S", "psp-simulator.admin-endpoints.enabled=true"})
abstract class SimulatorWebTest {

    @LocalServerPort
    int port;

    SimulatorClient simulator;

    @BeforeEach
    void connect() {
        simulator = new SimulatorClient(WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(10))
                .build());
    }

    static String uniqueOrderId(String prefix) {
        return prefix + "-" + System.nanoTime();
    }
}
