package com.secutix.payments.benchmarks.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Stream;

/**
 * The sum of the proportional set sizes ({@code Pss} of {@code /proc/<pid>/smaps_rollup}) of a group of
 * processes: shared pages (PostgreSQL's shared buffers, the JDK's class data) split among their users.
 * The same measure as local-stack's ResidentMemory, so the figures compare.
 */
public final class ProportionalMemory {

    private final Path proc;

    public ProportionalMemory(Path proc) {
        this.proc = proc;
    }

    public long kibibytes(Collection<Long> pids) {
        return pids.stream().mapToLong(this::kibibytes).sum();
    }

    private long kibibytes(long pid) {
        try (Stream<String> lines = Files.lines(proc.resolve(pid + "/smaps_rollup"))) {
            return lines.filter(line -> line.startsWith("Pss:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0; // ended meanwhile
        }
    }
}
