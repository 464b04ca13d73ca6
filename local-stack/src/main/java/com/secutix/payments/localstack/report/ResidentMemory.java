package com.secutix.payments.localstack.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The memory of a group of processes, from {@code /proc}:
 * <ul>
 *   <li>the sum of their resident sets ({@code VmRSS} in {@code status}), which counts a shared page
 *       once per process: PostgreSQL's shared buffers appear in each of its ~60 processes;</li>
 *   <li>the sum of their proportional sets ({@code Pss} in {@code smaps_rollup}), which shares each
 *       such page among the processes using it: what the group really costs the machine.</li>
 * </ul>
 */
public final class ResidentMemory {

    private final Path proc;

    public ResidentMemory(Path proc) {
        this.proc = proc;
    }

    public static ResidentMemory ofThisMachine() {
        return new ResidentMemory(Path.of("/proc"));
    }

    /** The processes and their descendants, each counted once. */
    public static Set<Long> withDescendants(Collection<Long> roots) {
        Set<Long> pids = new LinkedHashSet<>();
        for (long root : roots) {
            pids.add(root);
            ProcessHandle.of(root).stream().flatMap(ProcessHandle::descendants).map(ProcessHandle::pid).forEach(pids::add);
        }
        return pids;
    }

    /** Sum of the resident set sizes, in KiB. */
    public long residentKibibytes(Collection<Long> pids) {
        return pids.stream().mapToLong(pid -> kibibytes(pid, "status", "VmRSS:")).sum();
    }

    /** Sum of the proportional set sizes, in KiB. */
    public long proportionalKibibytes(Collection<Long> pids) {
        return pids.stream().mapToLong(pid -> kibibytes(pid, "smaps_rollup", "Pss:")).sum();
    }

    private long kibibytes(long pid, String file, String field) {
        try (Stream<String> lines = Files.lines(proc.resolve(Long.toString(pid)).resolve(file))) {
            return lines.filter(line -> line.startsWith(field))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst()
                    .orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended meanwhile
        }
    }
}
