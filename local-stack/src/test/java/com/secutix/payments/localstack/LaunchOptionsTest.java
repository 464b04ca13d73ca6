package com.secutix.payments.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.secutix.payments.localstack.service.PlatformService;
import com.secutix.payments.localstack.service.ServiceProcess;

class LaunchOptionsTest {

    @Test
    void runs_every_service_with_small_footprint_jvms_by_default() {
        LaunchOptions options = LaunchOptions.parse(new String[0], null);

        assertThat(options.services()).isEqualTo(PlatformService.ALL);
        assertThat(options.serviceJvmOptions()).contains("-Xmx256m", "-XX:+UseSerialGC");
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(180));
    }

    @Test
    void runs_only_the_named_services_by_short_or_module_name() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--services=psp-simulator,refund-service"}, null);

        assertThat(options.services()).extracting(PlatformService::name).containsExactly("psp-simulator", "refund");
    }

    @Test
    void takes_the_services_jvm_options_from_the_environment_when_given() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--no-services"}, " -Xmx512m  -XX:+UseG1GC ");

        assertThat(options.services()).isEmpty();
        assertThat(options.serviceJvmOptions()).containsExactly("-Xmx512m", "-XX:+UseG1GC");
    }

    @Test
    void refuses_an_unknown_service_or_option() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--services=billing"}, null))
                .hasMessageContaining("Unknown service billing");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--fast"}, null))
                .hasMessageContaining("Unknown option --fast");
    }

    @Test
    void gives_each_service_database_its_conventional_name() {
        assertThat(PlatformService.databases()).containsExactly("gateway", "cardvault", "installment", "refund", "checkout");
    }

    @Test
    void starts_every_service_on_the_loopback_interface_with_the_local_profile() {
        assertThat(ServiceProcess.arguments(PlatformService.PSP_SIMULATOR))
                .contains("--server.port=8090", "--server.address=127.0.0.1", "--spring.profiles.active=local");
    }
}
