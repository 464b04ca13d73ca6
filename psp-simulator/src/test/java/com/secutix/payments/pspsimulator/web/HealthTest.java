package com.secutix.payments.pspsimulator.web;

import org.junit.jupiter.api.Test;

class HealthTest extends SimulatorWebTest {

    @Test
    void reports_up_on_actuator_health() {
        simulator.web().get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
