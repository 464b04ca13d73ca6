package com.secutix.payments.testsupport.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import com.secutix.payments.testsupport.PlatformIntegrationTest;

/** Another configuration: another context, hence another database; its own properties win. */
@PlatformIntegrationTest(properties = "spring.kafka.consumer.auto-offset-reset=latest")
class PropertyPrecedenceIT {

    @Autowired
    Environment environment;

    @Test
    void a_property_given_by_the_test_wins_over_the_wired_default() {
        assertThat(environment.getProperty("spring.kafka.consumer.auto-offset-reset")).isEqualTo("latest");
    }

    @Test
    void the_service_still_gets_the_embedded_database() {
        assertThat(environment.getProperty("spring.r2dbc.url")).contains("/wiring_check_service_");
    }
}
