package com.secutix.payments.localstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code local-stack-data/local-stack.pids}: the launcher and every process it started (the
 * PostgreSQL server, the services' JVMs), one line each: pid, start instant, name. A clean stop
 * deletes it. If it is still there at the next start, its launcher either still runs (the new one
 * then refuses to start) or was killed or crashed, and the processes it left running are stopped
 * before anything else starts, so that they do not hold the stack's ports.
 */
public final class PidFile {

    public static final String NAME = "local-stack.pids";
    private static final String HEADER = """
            # The local stack's launcher and the processes it started: pid, start instant, name.
            # Deleted on a clean stop; if its launcher was killed, the next start stops what is listed here.
            """;

    private final Path file;
    private final List<RecordedProcess> recorded = new ArrayList<>();

    private PidFile(Path file) {
        this.file = file;
    }

    /** Raised when the launcher named in the pid file still runs. */
    public static final class AlreadyRunning extends IllegalStateException {

        private final long pid;

        AlreadyRunning(long pid) {
            super("a local stack is already running, pid " + pid + "; stop it with Ctrl-C in its terminal or kill " + pid);
            this.pid = pid;
        }

        public long pid() {
            return pid;
        }
    }

    /**
     * Takes over the pid file of {@code workDirectory}: refuses if the launcher it names still runs;
     * otherwise stops whatever that launcher left running, together with {@code alsoLeftOver} (a
     * process found by other means, such as PostgreSQL's own pid file), then records this launcher.
     *
     * @throws AlreadyRunning if the launcher of the pid file still runs
     */
    public static PidFile claim(Path workDirectory, List<RecordedProcess> alsoLeftOver, Leftovers leftovers) {
        Path file = workDirectory.resolve(NAME);
        List<RecordedProcess> earlier = read(workDirectory);
        Optional<RecordedProcess> formerLauncher = earlier.stream()
                .filter(process -> process.name().equals(RecordedProcess.LAUNCHER)).findFirst();
        if (formerLauncher.flatMap(RecordedProcess::running).isPresent()) {
            throw new AlreadyRunning(formerLauncher.get().pid());
        }
        List<RecordedProcess> leftBehind = new ArrayList<>(earlier);
        leftBehind.removeIf(process -> process.name().equals(RecordedProcess.LAUNCHER));
        alsoLeftOver.stream()
                .filter(other -> leftBehind.stream().noneMatch(process -> process.pid() == other.pid()))
                .forEach(leftBehind::add);
        leftovers.stop(leftBehind, formerLauncher.map(launcher -> "an earlier launcher (pid " + launcher.pid() + ")")
                .orElse("an earlier launcher"));
        PidFile pidFile = new PidFile(file);
        pidFile.record(RecordedProcess.LAUNCHER, ProcessHandle.current());
        return pidFile;
    }

    /** Adds a process this launcher started, at once, so that a kill a moment later still finds it. */
    public synchronized void record(String name, ProcessHandle process) {
        RecordedProcess.of(name, process).ifPresent(recorded::add);
        StringBuilder text = new StringBuilder(HEADER);
        recorded.forEach(line -> text.append(line.line()).append('\n'));
        try {
            Path next = file.resolveSibling(NAME + ".next");
            Files.writeString(next, text, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public synchronized List<RecordedProcess> recorded() {
        return List.copyOf(recorded);
    }

    /** After a clean stop: nothing is left to stop next time. */
    public synchronized void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    /** The processes listed in the pid file of {@code workDirectory}; none if there is no pid file. */
    public static List<RecordedProcess> read(Path workDirectory) {
        Path file = workDirectory.resolve(NAME);
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .flatMap(line -> RecordedProcess.parse(line).stream())
                    .toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
