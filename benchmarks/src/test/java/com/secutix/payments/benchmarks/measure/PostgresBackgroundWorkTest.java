package com.secutix.payments.benchmarks.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresBackgroundWorkTest {

    private static final List<String> LOG = List.of(
            "2026-12-07 11:38:45.591 UTC [21130] LOG:  automatic vacuum of table \"gateway.public.idempotency_keys\": index scans: 1",
            "\tpages: 0 removed, 1200 remain, 0 skipped due to pins, 0 skipped frozen",
            "\tbuffer usage: 206 hits, 2 misses, 3 dirtied",
            "\tsystem usage: CPU: user: 0.02 s, system: 0.00 s, elapsed: 0.09 s",
            "2026-12-07 11:38:46.370 UTC [21130] LOG:  automatic analyze of table \"gateway.public.idempotency_keys\"",
            "\tsystem usage: CPU: user: 0.32 s, system: 0.08 s, elapsed: 0.77 s",
            "2026-12-07 11:38:50.000 UTC [3977] LOG:  checkpoint starting: time",
            "2026-12-07 11:39:20.012 UTC [3977] LOG:  checkpoint complete: wrote 914 buffers (5.6%); 0 WAL file(s) added,"
                    + " 0 removed, 1 recycled; write=29.911 s, sync=0.026 s, total=30.012 s; sync files=41, longest=0.004 s",
            "2026-12-07 11:40:02.000 UTC [21606] LOG:  automatic analyze of table \"cardvault.public.outbox_events\"",
            "\tsystem usage: CPU: user: 0.00 s, system: 0.00 s, elapsed: 0.00 s");

    @Test
    void reads_each_autovacuum_run_with_its_cpu_and_each_checkpoint_with_its_length() {
        assertThat(PostgresBackgroundWork.in(LOG)).containsExactly(
                new PostgresBackgroundWork.Run(Instant.parse("2026-12-07T11:38:45.591Z"),
                        "vacuum gateway.public.idempotency_keys", Duration.ofMillis(90), OptionalDouble.of(0.02)),
                new PostgresBackgroundWork.Run(Instant.parse("2026-12-07T11:38:46.370Z"),
                        "analyze gateway.public.idempotency_keys", Duration.ofMillis(770), OptionalDouble.of(0.32 + 0.08)),
                new PostgresBackgroundWork.Run(Instant.parse("2026-12-07T11:39:20.012Z"), "checkpoint (914 buffers)",
                        Duration.ofMillis(30_012), OptionalDouble.empty()),
                new PostgresBackgroundWork.Run(Instant.parse("2026-12-07T11:40:02Z"),
                        "analyze cardvault.public.outbox_events", Duration.ZERO, OptionalDouble.of(0.0)));
    }

    @Test
    void keeps_the_work_that_overlaps_a_window_including_what_began_in_it_and_ended_after(@TempDir Path folder)
            throws IOException {
        Path log = Files.write(folder.resolve("postgres.log"), LOG);

        List<PostgresBackgroundWork.Run> inWindow = PostgresBackgroundWork.between(log,
                Instant.parse("2026-12-07T11:38:46Z"), Instant.parse("2026-12-07T11:39:00Z"));

        assertThat(inWindow).extracting(PostgresBackgroundWork.Run::what)
                .containsExactly("analyze gateway.public.idempotency_keys", "checkpoint (914 buffers)");
    }

    @Test
    void a_stack_without_a_log_did_no_background_work_that_we_can_tell(@TempDir Path folder) throws IOException {
        assertThat(PostgresBackgroundWork.between(folder.resolve("postgres.log"), Instant.EPOCH, Instant.now())).isEmpty();
    }
}
