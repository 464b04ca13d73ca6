package com.secutix.payments.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.RunningServiceContract;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;

import org.junit.jupiter.api.Test;

/** The skeleton runs for real: it starts on embedded Kafka and PostgreSQL, migrates, reports health and is secured. */
@PlatformIntegrationTest
class CheckoutBffIT extends RunningServiceContract {

    CheckoutBffIT() {
        super("checkout-bff", "/checkout-sessions");
    }

    @Test
    void a_valid_token_reaches_the_api_whose_paths_do_not_exist_yet() {
        web.get().uri("/checkout-sessions").headers(headers -> headers.setBearerAuth(TestTokens.operator(Tenants.DEMO))).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void only_the_platform_migrations_ran_as_the_service_has_no_table_of_its_own_yet() {
        assertThat(appliedMigrations()).isNotEmpty().allMatch(script -> script.startsWith("V0_"));
    }
}
