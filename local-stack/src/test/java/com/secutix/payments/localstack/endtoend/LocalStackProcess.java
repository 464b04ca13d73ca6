package com.secutix.payments.localstack.endtoend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The local stack as a newcomer runs it: {@code SKIP_BUILD=1 ./run-local.sh} from the repository
 * root (the jars come from the reactor build), in a child process whose console is echoed to this
 * test's output. Stopping it is Ctrl-C's path (SIGTERM to the launcher, whose shutdown hook stops
 * the services, the identity provider, Kafka and PostgreSQL), then a kill of whatever is left.
 */
final class LocalStackProcess {

    /** Kafka, PostgreSQL, identity provider, checkout-bff, the four services and the PSP simulator. */
    static final List<Integer> PORTS = List.of(9092, 5433, 9000, 8080, 8081, 8082, 8083, 8084, 8090);
    static final List<String> MODULES = List.of("psp-simulator", "payment-gateway-service", "card-vault-service",
            "installment-service", "refund-service", "checkout-bff", "local-stack");

    private static final String READY_LINE = "local stack ready";
    private static final Duration LAUNCHER_STOP = Duration.ofSeconds(90);
    private static final Duration LEFTOVERS_GRACE = Duration.ofSeconds(10);
    private static final Duration PORTS_RELEASE = Duration.ofSeconds(60);
    private static final int LOG_TAIL_LINES = 25;

    private final Path root;
    private final Process launcher;
    private final List<String> console = new CopyOnWriteArrayList<>();
    private volatile Optional<Long> postmasterPid = Optional.empty();

    private LocalStackProcess(Path root, Process launcher) {
        this.root = root;
        this.launcher = launcher;
    }

    /** Starts the launcher; fails at once if a port of the stack is taken or a service jar is missing. */
    static LocalStackProcess start(Path root, Duration serviceReadyTimeout, String... options) throws IOException {
        List<Integer> busy = busyPorts();
        if (!busy.isEmpty()) {
            throw new IllegalStateException("Ports " + busy + " are in use: a local stack (or another program) is running."
                    + " Stop it first (find it with `ss -ltnp`), then run the end-to-end tests again.");
        }
        return startAnyway(root, serviceReadyTimeout, options);
    }

    /**
     * Starts the launcher even though ports of the stack may be taken: by the processes a killed
     * launcher left behind, which the new one is expected to stop, or by a running stack, next to
     * which it is expected to refuse to start.
     */
    static LocalStackProcess startAnyway(Path root, Duration serviceReadyTimeout, String... options) throws IOException {
        List<String> missing = MODULES.stream().filter(module -> executableJar(root, module).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No exec jar in the target/ of " + missing + ". Build them first: ./mvnw -o "
                    + "-Dmaven.test.skip=true package -pl " + String.join(",", MODULES) + " (./mvnw verify does it before).");
        }
        List<String> command = new ArrayList<>(List.of("bash", "run-local.sh", "--ready-timeout=" + serviceReadyTimeout.toSeconds()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true);
        builder.environment().put("SKIP_BUILD", "1");
        LocalStackProcess stack = new LocalStackProcess(root, builder.start());
        stack.echoConsole();
        return stack;
    }

    /** The launcher's process id (run-local.sh exec's the launcher's JVM). */
    long pid() {
        return launcher.pid();
    }

    /** What the launcher printed so far. */
    List<String> console() {
        return List.copyOf(console);
    }

    /** Waits for the launcher to exit by itself; its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!launcher.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("The launcher still runs " + timeout.toSeconds() + " s later");
        }
        return launcher.exitValue();
    }

    /** {@code kill -9} of the launcher alone: no shutdown hook, its children are left to themselves. */
    void killAbruptly() throws InterruptedException {
        launcher.destroyForcibly();
        if (!launcher.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The launcher survived a kill -9");
        }
    }

    /** Waits for the launcher's ready banner; on failure, prints the last lines of every service's log. */
    void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (console.stream().noneMatch(line -> line.contains(READY_LINE))) {
            if (!launcher.isAlive()) {
                printServiceLogTails();
                throw new IllegalStateException("The launcher exited with code " + launcher.exitValue()
                        + " before the stack was ready; its output and the services' last log lines are above.");
            }
            if (Instant.now().isAfter(deadline)) {
                printServiceLogTails();
                throw new IllegalStateException("The stack was not ready after " + timeout.toSeconds()
                        + " s; the launcher's output and the services' last log lines are above.");
            }
            Thread.sleep(500);
        }
        postmasterPid = readPostmasterPid();
    }

    /** Stops everything this stack started and waits until its ports are free again. */
    void stop() throws InterruptedException {
        List<ProcessHandle> tree = launcher.descendants().toList();
        launcher.toHandle().destroy();
        if (!launcher.waitFor(LAUNCHER_STOP.toSeconds(), TimeUnit.SECONDS)) {
            System.out.println("[FirstFlowIT] the launcher did not stop within " + LAUNCHER_STOP.toSeconds() + " s; killing it");
            launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        List<ProcessHandle> leftovers = new ArrayList<>(tree);
        postmasterPid.flatMap(ProcessHandle::of).ifPresent(leftovers::add);
        Instant grace = Instant.now().plus(LEFTOVERS_GRACE);
        while (leftovers.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(grace)) {
            Thread.sleep(200); // processes still finishing their own shutdown
        }
        leftovers.stream().filter(ProcessHandle::isAlive).forEach(process -> {
            System.out.println("[FirstFlowIT] killing process " + process.pid() + " left running: "
                    + process.info().commandLine().orElse("?"));
            process.destroyForcibly();
        });
        Instant deadline = Instant.now().plus(PORTS_RELEASE);
        while (!busyPorts().isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Ports " + busyPorts() + " still in use " + PORTS_RELEASE.toSeconds()
                        + " s after the stack stopped");
            }
            Thread.sleep(500);
        }
    }

    static List<Integer> busyPorts() {
        return PORTS.stream().filter(port -> !isFree(port)).toList();
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Path> executableJar(Path root, String module) {
        Path target = root.resolve(module).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches(module + "-.*-exec\\.jar")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void echoConsole() {
        Thread echo = new Thread(() -> {
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = output.readLine()) != null) {
                    console.add(line);
                    System.out.println("[run-local] " + line);
                }
            } catch (IOException e) {
                System.out.println("[FirstFlowIT] launcher output no longer readable: " + e.getMessage());
            }
        }, "run-local-console");
        echo.setDaemon(true);
        echo.start();
    }

    private void printServiceLogTails() {
        Path logs = root.resolve("local-stack-data").resolve("logs");
        try (Stream<Path> files = Files.list(logs)) {
            files.filter(file -> file.getFileName().toString().endsWith(".log")).sorted().forEach(log -> {
                List<String> lines = readLines(log);
                System.out.println("[FirstFlowIT] last lines of " + root.relativize(log) + ":");
                lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size())
                        .forEach(line -> System.out.println("    " + line));
            });
        } catch (IOException e) {
            System.out.println("[FirstFlowIT] no service logs in " + logs + ": " + e.getMessage());
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of("(unreadable: " + e.getMessage() + ")");
        }
    }

    private Optional<Long> readPostmasterPid() {
        Path pidFile = root.resolve("local-stack-data").resolve("postgres-data").resolve("postmaster.pid");
        try {
            return Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::parseLong);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
