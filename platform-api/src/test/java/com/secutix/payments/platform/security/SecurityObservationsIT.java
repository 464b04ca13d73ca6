package com.secutix.payments.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.testsupport.PlatformIntegrationTest;
import com.secutix.payments.testsupport.Tenants;
import com.secutix.payments.testsupport.TestTokens;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A request is observed once, as a whole: no observation of Spring Security's own filters and decisions. */
@PlatformIntegrationTest
@Import(SecurityObservationsIT.StartedObservations.class)
class SecurityObservationsIT {

    @LocalServerPort
    int port;

    @Autowired
    SecurityObservationSettings settings;

    @Autowired
    StartedObservations startedObservations;

    /** The name of every observation started in the service, as an observation handler sees them. */
    @TestConfiguration
    static class StartedObservations {

        final List<String> names = new CopyOnWriteArrayList<>();

        @Bean
        ObservationHandler<Observation.Context> recordingEveryStartedObservation() {
            return new ObservationHandler<>() {
                @Override
                public void onStart(Observation.Context context) {
                    names.add(context.getName());
                }

                @Override
                public boolean supportsContext(Observation.Context context) {
                    return true;
                }
            };
        }
    }

    @Test
    void spring_security_wraps_no_filter_authentication_or_authorization_in_an_observation() {
        assertThat(settings.shouldObserveRequests()).isFalse();
        assertThat(settings.shouldObserveAuthentications()).isFalse();
        assertThat(settings.shouldObserveAuthorizations()).isFalse();
    }

    @Test
    void an_authenticated_request_is_observed_as_a_whole_and_its_security_steps_are_not() {
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20)).build()
                .get().uri("/actuator/info").headers(headers -> headers.setBearerAuth(TestTokens.admin(Tenants.DEMO)))
                .exchange().expectStatus().isOk();

        assertThat(startedObservations.names).contains("http.server.requests")
                .noneMatch(name -> name.startsWith("spring.security"));
    }
}
