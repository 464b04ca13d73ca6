package com.secutix.payments.localstack.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The resident memory of a group of processes and all their descendants: the sum of their
 * {@code VmRSS} in {@code /proc}. Pages shared between processes (PostgreSQL's shared buffers,
 * the JVMs' class-data archive) are counted once per process, so the sum is an upper bound.
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

    public long kibibytes(Collection<Long> pids) {
        return pids.stream().mapToLong(this::residentKibibytes).sum();
    }

    private long residentKibibytes(long pid) {
        try (Stream<String> status = Files.lines(proc.resolve(Long.toString(pid)).resolve("status"))) {
            return status.filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst()
                    .orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended meanwhile
        }
    }
}
