package com.secutix.payments.checkout.callcentre.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.checkout.callcentre.application.OperatorAudit;
import com.secutix.payments.checkout.callcentre.domain.OperatorAction;
import com.secutix.payments.checkout.callcentre.domain.OperatorActionType;
import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The call centre's audit trail as the tenant's admin reads it, on the BFF started for real with its PostgreSQL. */
@PlatformIntegrationTest
class OperatorActionsApiIT {

    @LocalServerPort
    int port;
    @Autowired
    OperatorAudit audit;

    WebTestClient api;
    String customer;

    @BeforeEach
    void recordActions() {
        api = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        customer = "cust-" + UUID.randomUUID().toString().substring(0, 8);
        audit.record(new OperatorAction(UUID.randomUUID(), Tenants.DEMO, "olivia", customer, OperatorActionType.VIEW_CARDS, null,
                null, "DONE", Instant.parse("2026-12-06T10:00:00Z"))).block();
        audit.record(new OperatorAction(UUID.randomUUID(), Tenants.DEMO, "olivia", customer, OperatorActionType.PAY, UUID.randomUUID(),
                "ORD-1", "PAID", Instant.parse("2026-12-06T10:01:00Z"))).block();
        audit.record(new OperatorAction(UUID.randomUUID(), Tenants.OTHER, "oscar", customer, OperatorActionType.VIEW_CARDS, null,
                null, "NO_CARDS", Instant.parse("2026-12-06T10:02:00Z"))).block();
    }

    @Test
    void the_tenants_admin_reads_its_own_tenants_lines_newest_first() {
        api.get().uri("/operator-actions?customerId={c}", customer).headers(h -> h.setBearerAuth(TestTokens.admin(Tenants.DEMO)))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].action").isEqualTo("PAY")
                .jsonPath("$[0].operator").isEqualTo("olivia")
                .jsonPath("$[0].orderId").isEqualTo("ORD-1")
                .jsonPath("$[0].outcome").isEqualTo("PAID")
                .jsonPath("$[1].action").isEqualTo("VIEW_CARDS");
    }

    @Test
    void operators_customers_and_machines_cannot_read_the_audit_trail() {
        for (String token : new String[] {TestTokens.operator(Tenants.DEMO), TestTokens.customer(Tenants.DEMO, customer),
                TestTokens.salesSystem(Tenants.DEMO)}) {
            api.get().uri("/operator-actions").headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        api.get().uri("/operator-actions").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void a_malformed_filter_is_refused_with_the_field_named() {
        api.get().uri("/operator-actions?limit=lots").headers(h -> h.setBearerAuth(TestTokens.admin(Tenants.DEMO))).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("limit:"));
        api.get().uri("/operator-actions?customerId=a b").headers(h -> h.setBearerAuth(TestTokens.admin(Tenants.DEMO))).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("customerId:"));
    }
}
