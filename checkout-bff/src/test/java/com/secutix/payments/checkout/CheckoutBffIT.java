package com.secutix.payments.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.RunningServiceContract;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;

import org.junit.jupiter.api.Test;

/** The service runs for real: it starts on embedded Kafka and PostgreSQL, migrates, reports health and is secured. */
@PlatformIntegrationTest
class CheckoutBffIT extends RunningServiceContract {

    CheckoutBffIT() {
        super("checkout-bff", "/checkout-sessions");
    }

    @Test
    void a_valid_token_reaches_the_api_and_an_unknown_path_is_a_404() {
        web.get().uri("/no-such-path").headers(headers -> headers.setBearerAuth(TestTokens.operator(Tenants.DEMO))).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void the_platform_migrations_ran_then_the_service_own() {
        assertThat(appliedMigrations()).anyMatch(script -> script.startsWith("V0_")).anyMatch(script -> script.startsWith("V1__"));
    }
}
