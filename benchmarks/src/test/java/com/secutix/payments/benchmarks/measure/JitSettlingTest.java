package com.secutix.payments.benchmarks.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JitSettlingTest {

    @TempDir
    Path proc;

    @Test
    void a_jvm_whose_compilers_used_more_than_a_twentieth_of_a_core_has_not_settled() throws IOException {
        thread(10, 11, "C2 CompilerThre", 100);
        thread(10, 12, "reactor-http-ep", 500);
        thread(20, 21, "C2 CompilerThre", 100);
        JitSettling window = JitSettling.open(proc, Map.of("payment-gateway", 10L, "checkout-bff", 20L));

        thread(10, 11, "C2 CompilerThre", 103);   // 30 ms in 1 s: 3 %
        thread(10, 12, "reactor-http-ep", 900);   // busy serving, not compiling
        thread(20, 21, "C2 CompilerThre", 120);   // 200 ms in 1 s
        thread(20, 22, "C1 CompilerThre", 5);     // and 50 ms of a compiler thread started meanwhile: 25 %
        JitSettling.Shares shares = window.close(Duration.ofSeconds(1));

        assertThat(shares.byPart()).containsEntry("payment-gateway", 0.03).containsEntry("checkout-bff", 0.25);
        assertThat(shares.allSettled()).isFalse();
        assertThat(shares.toString()).contains("payment-gateway 3.0 %", "checkout-bff 25.0 %");
    }

    @Test
    void jvms_whose_compilers_are_quiet_have_settled() throws IOException {
        thread(10, 11, "C2 CompilerThre", 100);
        JitSettling window = JitSettling.open(proc, Map.of("payment-gateway", 10L));

        thread(10, 11, "C2 CompilerThre", 104);
        assertThat(window.close(Duration.ofSeconds(10)).allSettled()).isTrue();
    }

    /** A thread's stat line with {@code ticks} of user time (field 14) and none of system time. */
    private void thread(long pid, long tid, String name, long ticks) throws IOException {
        Path task = Files.createDirectories(proc.resolve(Long.toString(pid)).resolve("task").resolve(Long.toString(tid)));
        Files.writeString(task.resolve("stat"), tid + " (" + name + ") S 1 1 1 0 -1 4194368 0 0 0 0 " + ticks
                + " 0 0 0 20 0 1 0 100 0 0");
    }
}
