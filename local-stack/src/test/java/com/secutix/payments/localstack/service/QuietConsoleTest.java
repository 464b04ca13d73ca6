package com.secutix.payments.localstack.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuietConsoleTest {

    private static final String INFO = "2026-11-26T15:42:10.421Z  INFO 17293 --- [           main] c.s.p.g.Flyway : Migrating schema";
    private static final String WARN = "2026-11-26T15:42:10.421Z  WARN 17293 --- [           main] o.a.k.c.NetworkClient : Connection refused";
    private static final String ERROR = "2026-11-26T15:42:11.002Z ERROR 17293 --- [           main] o.s.boot.SpringApplication : Application run failed";
    private static final String STARTED = "2026-11-26T15:42:12.421Z  INFO 17293 --- [           main] c.s.p.p.PspSimulatorApplication : "
            + "Started PspSimulatorApplication in 12.62 seconds (process running for 15.33)";

    private final QuietConsole console = new QuietConsole();

    @Test
    void hides_information_lines() {
        assertThat(console.shows(INFO)).isFalse();
    }

    @Test
    void shows_warnings_errors_and_the_started_line() {
        assertThat(console.shows(WARN)).isTrue();
        assertThat(console.shows(ERROR)).isTrue();
        assertThat(console.shows(STARTED)).isTrue();
    }

    @Test
    void shows_the_stack_trace_of_an_error_but_not_the_continuation_of_a_hidden_line() {
        assertThat(console.shows(ERROR)).isTrue();
        assertThat(console.shows("java.lang.IllegalStateException: no database")).isTrue();
        assertThat(console.shows("\tat com.secutix.payments.gateway.PaymentGatewayApplication.main")).isTrue();

        assertThat(console.shows(INFO)).isFalse();
        assertThat(console.shows("\tcontinued information")).isFalse();
    }

    @Test
    void shows_what_the_jvm_prints_before_any_log_line() {
        assertThat(console.shows("Error: Unable to access jarfile missing.jar")).isTrue();
    }
}
