package com.secutix.payments.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.secutix.payments.localstack.infrastructure.LocalPostgres;
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

    @Test
    void keeps_postgresql_fast_and_creates_only_the_services_databases_by_default() {
        LaunchOptions options = LaunchOptions.parse(new String[0], null);

        assertThat(options.durable()).isFalse();
        assertThat(options.databases()).isEqualTo(PlatformService.databases());
    }

    @Test
    void turns_postgresql_durability_on_and_creates_the_extra_databases_when_asked() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--durable", "--extra-databases=benchmark, gateway"}, null);

        assertThat(options.durable()).isTrue();
        assertThat(options.databases()).containsExactly("gateway", "cardvault", "installment", "refund", "checkout", "benchmark");
        assertThat(LocalPostgres.DURABILITY)
                .containsEntry("fsync", "on").containsEntry("synchronous_commit", "on").containsEntry("full_page_writes", "on");
    }

    @Test
    void refuses_an_extra_database_name_that_is_not_a_plain_identifier() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--extra-databases=bench; drop table x"}, null))
                .hasMessageContaining("Invalid database name");
    }
}
