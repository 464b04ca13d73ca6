package com.secutix.payments.platform.security;

import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;

/** Health and Prometheus are public; every other actuator endpoint is for admins (the test app exposes metrics and info). */
@PlatformIntegrationTest
class ActuatorAccessIT {

    private static final List<String> ADMIN_ENDPOINTS = List.of("/actuator", "/actuator/info", "/actuator/metrics",
            "/actuator/metrics/jvm.memory.used");

    @LocalServerPort
    int port;

    WebTestClient web;

    @BeforeEach
    void connect() {
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    @Test
    void health_and_prometheus_answer_without_a_token() {
        web.get().uri("/actuator/health").exchange().expectStatus().isOk();
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    }

    @Test
    void the_other_endpoints_refuse_callers_without_a_token() {
        for (String path : ADMIN_ENDPOINTS) {
            web.get().uri(path).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void the_other_endpoints_refuse_callers_who_are_not_admins() {
        for (String token : List.of(TestTokens.customer(Tenants.DEMO, "alice"), TestTokens.operator(Tenants.DEMO),
                TestTokens.salesSystem(Tenants.DEMO))) {
            for (String path : ADMIN_ENDPOINTS) {
                web.get().uri(path).headers(headers -> headers.setBearerAuth(token)).exchange()
                        .expectStatus().isForbidden()
                        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            }
        }
    }

    @Test
    void an_admin_reads_the_exposed_ones_and_the_others_stay_unexposed() {
        String admin = TestTokens.admin(Tenants.DEMO);
        for (String path : ADMIN_ENDPOINTS) {
            web.get().uri(path).headers(headers -> headers.setBearerAuth(admin)).exchange().expectStatus().isOk();
        }
        web.get().uri("/actuator/env").headers(headers -> headers.setBearerAuth(admin)).exchange().expectStatus().isNotFound();
        web.get().uri("/actuator/env").headers(headers -> headers.setBearerAuth(TestTokens.customer(Tenants.DEMO, "alice")))
                .exchange().expectStatus().isForbidden();
    }
}
