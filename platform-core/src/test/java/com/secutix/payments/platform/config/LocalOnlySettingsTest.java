package com.secutix.payments.platform.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LocalOnlySettingsTest {

    private static StandardEnvironment environmentWith(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application", settings));
        ConfigurationPropertySources.attach(environment);
        return environment;
    }

    @Test
    void finds_every_demo_secret_of_the_repository_by_name_and_never_shows_its_value() {
        StandardEnvironment environment = environmentWith(Map.of(
                "payments.psp.accounts.demo-theatre.api-password", "demo-api-password",
                "payments.psp.accounts.demo-theatre.sha-in-passphrase", "Demo-SHA-IN-passphrase-2026",
                "payments.attempts.subject-key", "DEMO-attempt-subject-key-not-for-production",
                "spring.r2dbc.password", "payments",
                "spring.security.oauth2.client.registration.idp.client-secret", "sales-system-demo-secret"));

        assertThat(LocalOnlySettings.findIn(environment)).containsExactly(
                "payments.attempts.subject-key holds a DEMO value of the repository",
                "payments.psp.accounts.demo-theatre.api-password holds a DEMO value of the repository",
                "payments.psp.accounts.demo-theatre.sha-in-passphrase holds a DEMO value of the repository",
                "spring.r2dbc.password holds a DEMO value of the repository",
                "spring.security.oauth2.client.registration.idp.client-secret holds a DEMO value of the repository");
    }

    @Test
    void finds_plain_http_urls_of_the_platform_and_a_token_issuer_on_this_machine() {
        StandardEnvironment environment = environmentWith(Map.of(
                "payments.psp.base-url", "http://psp.example/ncol/prod/",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://localhost:9000",
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "https://127.0.0.1:9000/oauth2/jwks"));

        assertThat(LocalOnlySettings.findIn(environment)).containsExactly(
                "payments.psp.base-url is an http:// URL (use https://)",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri points at this machine (localhost)",
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri points at this machine (localhost)");
    }

    @Test
    void finds_settings_given_as_environment_variables_too() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("PAYMENTS_PSP_BASEURL", "http://psp.example/", "PAYMENTS_ATTEMPTS_SUBJECTKEY", "demo")));
        ConfigurationPropertySources.attach(environment);

        assertThat(LocalOnlySettings.findIn(environment)).containsExactly(
                "payments.attempts.subjectkey (environment variable PAYMENTS_ATTEMPTS_SUBJECTKEY) holds a DEMO value of the repository",
                "payments.psp.baseurl (environment variable PAYMENTS_PSP_BASEURL) is an http:// URL (use https://)");
    }

    @Test
    void real_settings_pass() {
        StandardEnvironment environment = environmentWith(Map.of(
                "payments.psp.base-url", "https://secure.ogone.com/ncol/prod/",
                "payments.psp.accounts.theatre-de-lausanne.api-password", "x7#Lq9-zT2",
                "payments.attempts.subject-key", "5f1c0e9a7b6d4c3e2a1f0e9d8c7b6a5f",
                "spring.kafka.producer.key-serializer", "org.apache.kafka.common.serialization.StringSerializer",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", "https://login.secutix.example",
                "spring.application.name", "demo-named-service"));

        assertThat(LocalOnlySettings.findIn(environment)).isEmpty();
    }

    @Test
    void judges_the_value_in_force_not_a_demo_value_it_overrides() {
        StandardEnvironment environment = environmentWith(Map.of("payments.attempts.subject-key", "DEMO-attempt-subject-key-not-for-production"));
        environment.getPropertySources().addFirst(new MapPropertySource("deployment",
                Map.of("payments.attempts.subject-key", "5f1c0e9a7b6d4c3e2a1f0e9d8c7b6a5f")));

        assertThat(LocalOnlySettings.findIn(environment)).isEmpty();
    }
}
