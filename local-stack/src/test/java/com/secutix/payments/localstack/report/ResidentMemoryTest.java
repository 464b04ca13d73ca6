package com.secutix.payments.localstack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResidentMemoryTest {

    @TempDir
    Path proc;

    @Test
    void sums_the_resident_set_of_each_process() throws Exception {
        process(101, "Name:\tjava\nVmPeak:\t 900000 kB\nVmRSS:\t  250000 kB\nThreads:\t40\n", "Rss:  250000 kB\nPss:  240000 kB\n");
        process(102, "Name:\tpostgres\nVmRSS:\t   30000 kB\n", "Rss:   30000 kB\nPss:    4000 kB\n");

        assertThat(new ResidentMemory(proc).residentKibibytes(List.of(101L, 102L))).isEqualTo(280_000);
    }

    @Test
    void sums_the_proportional_set_of_each_process_so_shared_pages_count_once() throws Exception {
        process(101, "VmRSS:\t  250000 kB\n", "Rss:  250000 kB\nPss:  240000 kB\nPss_Anon:  200000 kB\n");
        process(102, "VmRSS:\t   30000 kB\n", "Rss:   30000 kB\nPss:    4000 kB\n");

        assertThat(new ResidentMemory(proc).proportionalKibibytes(List.of(101L, 102L))).isEqualTo(244_000);
    }

    @Test
    void counts_nothing_for_a_process_that_has_ended() throws Exception {
        process(101, "VmRSS:\t  1000 kB\n", "Pss:  900 kB\n");

        assertThat(new ResidentMemory(proc).residentKibibytes(List.of(101L, 999L))).isEqualTo(1000);
        assertThat(new ResidentMemory(proc).proportionalKibibytes(List.of(101L, 999L))).isEqualTo(900);
    }

    @Test
    void finds_this_processs_own_pid_among_its_process_tree() {
        long self = ProcessHandle.current().pid();

        assertThat(ResidentMemory.withDescendants(List.of(self))).contains(self);
    }

    private void process(long pid, String status, String smapsRollup) throws Exception {
        Path directory = Files.createDirectories(proc.resolve(Long.toString(pid)));
        Files.writeString(directory.resolve("status"), status);
        Files.writeString(directory.resolve("smaps_rollup"), smapsRollup);
    }
}
