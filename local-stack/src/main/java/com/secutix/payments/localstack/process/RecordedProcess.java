package com.secutix.payments.localstack.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A process the launcher started, as written in its pid file: the process id and the instant the
 * operating system says the process started ({@link ProcessHandle.Info#startInstant()}). The pair
 * names one process for good: once it has ended, its pid may be given to another process, which
 * started at another instant and is therefore never mistaken for it.
 */
public record RecordedProcess(String name, long pid, Instant startInstant) {

    public static final String LAUNCHER = "launcher";
    public static final String POSTGRES = "postgres";

    /**
     * Two readings of one process's start instant can differ slightly: the JDK adds the process's
     * start (in clock ticks since boot) to the boot time, which each JVM reads once, in whole
     * seconds; PostgreSQL's own pid file gives its start in whole seconds. A recycled pid belongs
     * to a process started after the recorded one had ended, in practice much later.
     */
    static final Duration SAME_START = Duration.ofSeconds(2);

    /** The process as it runs now; empty if the operating system does not tell its start instant. */
    public static Optional<RecordedProcess> of(String name, ProcessHandle process) {
        return process.info().startInstant().map(start -> new RecordedProcess(name, process.pid(), start));
    }

    /** The process this record names, if it still runs; never another process that got the same pid. */
    public Optional<ProcessHandle> running() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().startInstant().map(this::isSameStart).orElse(false));
    }

    private boolean isSameStart(Instant start) {
        return Duration.between(startInstant, start).abs().compareTo(SAME_START) <= 0;
    }

    /** One line of the pid file: {@code <pid> <start instant> <name>}. */
    String line() {
        return pid + " " + startInstant + " " + name;
    }

    /** Reads a line written by {@link #line()}; empty for a comment or a line it cannot read. */
    static Optional<RecordedProcess> parse(String line) {
        String[] fields = line.trim().split("\\s+", 3);
        if (line.isBlank() || line.trim().startsWith("#") || fields.length < 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RecordedProcess(fields[2], Long.parseLong(fields[0]), Instant.parse(fields[1])));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + pid + ")";
    }
}
