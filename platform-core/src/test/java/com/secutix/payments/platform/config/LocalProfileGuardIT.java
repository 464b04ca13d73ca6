package com.secutix.payments.platform.config;

import com.secutix.payments.platform.PlatformTestApplication;
import com.secutix.payments.testsupport.SharedKafka;
import com.secutix.payments.testsupport.SharedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The platform's test service, started as a deployment would start it: without the local profile it refuses demo settings. */
@ExtendWith(OutputCaptureExtension.class)
class LocalProfileGuardIT {

    private static ConfigurableApplicationContext start(String profile, String... arguments) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(PlatformTestApplication.class)
                .properties("spring.main.banner-mode=off", "server.port=0");
        if (profile != null) {
            application.profiles(profile);
        }
        return application.run(arguments);
    }

    @Test
    void refuses_a_demo_secret_without_the_local_profile_naming_the_setting(CapturedOutput output) {
        assertThatThrownBy(() -> start(null, "--payments.psp.accounts.demo-theatre.api-password=demo-api-password"))
                .isInstanceOf(LocalOnlySettingsException.class)
                .hasMessageContaining("payments.psp.accounts.demo-theatre.api-password holds a DEMO value")
                .hasMessageNotContaining("demo-api-password");

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("- payments.psp.accounts.demo-theatre.api-password holds a DEMO value of the repository")
                .contains("spring.profiles.active=local");
    }

    @Test
    void refuses_an_http_psp_url_without_the_local_profile() {
        assertThatThrownBy(() -> start(null, "--payments.psp.base-url=http://psp.example/ncol/prod/"))
                .isInstanceOf(LocalOnlySettingsException.class)
                .hasMessageContaining("payments.psp.base-url is an http:// URL");
    }

    @Test
    void refuses_a_token_issuer_on_localhost_without_the_local_profile() {
        assertThatThrownBy(() -> start(null, "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:9000"))
                .isInstanceOf(LocalOnlySettingsException.class)
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri points at this machine");
    }

    @Test
    void starts_with_the_local_profile_and_the_local_stack_defaults() {
        String database = "local_profile_guard";
        SharedPostgres.createDatabase(database);
        try (ConfigurableApplicationContext context = start("local",
                "--payments.psp.accounts.demo-theatre.api-password=demo-api-password",
                "--payments.psp.base-url=http://localhost:8090/ncol/test/",
                "--spring.r2dbc.url=" + SharedPostgres.r2dbcUrl(database),
                "--spring.r2dbc.username=" + SharedPostgres.user(), "--spring.r2dbc.password=" + SharedPostgres.password(),
                "--spring.kafka.bootstrap-servers=" + SharedKafka.bootstrapServers())) {
            assertThat(context.isRunning()).isTrue();
            assertThat(context.getEnvironment().getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
                    .isEqualTo("http://localhost:9000");
        }
    }
}
