package com.secutix.payments.benchmarks.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProcStatTest {

    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ...
    private static final String JAVA = "4242 (java) S 1 4242 4242 0 -1 4194560 9000 0 12 0 1500 300 20 5 20 0 40 0 123 0 0";
    private static final String ODD_NAME = "77 (po (st) gres) S 1 77 77 0 -1 4194560 10 0 0 0 7 3 0 0 20 0 1 0 5 0 0";

    @Test
    void adds_user_and_system_time_of_the_process_and_of_its_ended_children() {
        assertThat(ProcStat.cpuTicks(JAVA)).isEqualTo(1500 + 300 + 20 + 5);
    }

    @Test
    void reads_the_fields_after_a_command_name_holding_spaces_and_parentheses() {
        assertThat(ProcStat.cpuTicks(ODD_NAME)).isEqualTo(10);
    }

    @Test
    void converts_clock_ticks_to_milliseconds() {
        assertThat(ProcStat.ticksToMillis(250)).isEqualTo(2500.0);
    }

    @Test
    void names_each_process_by_the_part_of_the_stack_it_is() {
        assertThat(StackProcesses.partOf("/usr/lib/jvm/bin/java -Xmx256m -jar /r/payment-gateway-service/target/payment-gateway-service-0.1.0-SNAPSHOT-exec.jar"))
                .isEqualTo("payment-gateway");
        assertThat(StackProcesses.partOf("postgres: payments gateway 127.0.0.1(5544) idle")).isEqualTo("postgresql");
        assertThat(StackProcesses.partOf("/tmp/embedded-pg/bin/postgres -D /r/local-stack-data/postgres-data")).isEqualTo("postgresql");
        assertThat(StackProcesses.partOf("java -jar refund-service-exec.jar")).isEqualTo("refund-service");
        assertThat(StackProcesses.partOf("/usr/bin/setpriv --pdeathsig TERM")).isEqualTo("other");
    }

    @Test
    void puts_a_cpu_sample_in_the_hot_spot_of_its_innermost_known_frame() {
        assertThat(HotSpot.of(List.of("java.math.BigInteger", "sun.security.rsa.RSACore", "org.springframework.security.web.server.WebFilterChainProxy")))
                .isEqualTo(HotSpot.JWT_RSA);
        assertThat(HotSpot.of(List.of("java.util.HashMap", "tools.jackson.databind.ObjectMapper", "io.netty.channel.nio.NioEventLoop")))
                .isEqualTo(HotSpot.JSON);
        assertThat(HotSpot.of(List.of("java.lang.String", "com.secutix.payments.gateway.Something"))).isEqualTo(HotSpot.OTHER);
    }
}
