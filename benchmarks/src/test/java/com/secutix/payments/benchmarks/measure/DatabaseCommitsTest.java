package com.secutix.payments.benchmarks.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseCommitsTest {

    @Test
    void counts_each_databases_commits_during_the_window_and_leaves_out_the_idle_ones() {
        Map<String, Long> before = Map.of("gateway", 1_000L, "cardvault", 500L, "refund", 40L);
        Map<String, Long> after = Map.of("gateway", 3_400L, "cardvault", 620L, "refund", 40L, "benchmark", 7L);

        assertThat(DatabaseCommits.since(before, after))
                .containsExactly(Map.entry("benchmark", 7L), Map.entry("cardvault", 120L), Map.entry("gateway", 2_400L));
    }
}
