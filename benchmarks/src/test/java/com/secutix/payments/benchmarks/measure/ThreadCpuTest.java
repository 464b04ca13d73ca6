package com.secutix.payments.benchmarks.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void names_each_thread_by_its_kind_from_the_fifteen_characters_the_kernel_keeps() {
        assertThat(ThreadCpu.kindOf("C2 CompilerThre")).isEqualTo("JIT compilers");
        assertThat(ThreadCpu.kindOf("GC Thread#1")).isEqualTo("garbage collector and VM");
        assertThat(ThreadCpu.kindOf("reactor-http-ep")).isEqualTo("HTTP event loops (server, PSP client)");
        assertThat(ThreadCpu.kindOf("reactor-tcp-epo")).isEqualTo("R2DBC event loops (PostgreSQL)");
        assertThat(ThreadCpu.kindOf("kafka-producer-")).isEqualTo("Kafka producer");
        assertThat(ThreadCpu.kindOf("parallel-3")).isEqualTo("Reactor schedulers (timers, blocking work)");
        assertThat(ThreadCpu.kindOf("Sweeper thread")).isEqualTo("other: Sweeper thread");
        assertThat(ThreadCpu.kindOf("pool-2-thread-1")).isEqualTo("other: pool-2-thread");
    }
}
