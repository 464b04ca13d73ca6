package com.secutix.payments.benchmarks.stack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole local stack in a child process ({@code local-stack-*-exec.jar --durable
 * --extra-databases=benchmark}), its services on the production JVM flags. Refuses to start next to a
 * running stack (its ports are taken); ready when the launcher prints its banner; stopped like Ctrl-C
 * (SIGTERM to the launcher, whose shutdown hook stops everything), then killed if it lingers.
 */
public final class StackUnderTest implements AutoCloseable {

    public static final String BENCHMARK_DATABASE = "benchmark";
    static final List<Integer> PORTS = List.of(9092, 5433, 9000, 8080, 8081, 8082, 8083, 8084, 8090);
    private static final String READY_LINE = "local stack ready";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);

    private final Path root;
    private final Process launcher;
    private final CompletableFuture<Boolean> ready = new CompletableFuture<>();

    private StackUnderTest(Path root, Process launcher) {
        this.root = root;
        this.launcher = launcher;
    }

    public static StackUnderTest start(Path root, PrintStream console) throws IOException {
        List<Integer> busy = PORTS.stream().filter(port -> !isFree(port)).toList();
        if (!busy.isEmpty()) {
            throw new IllegalStateException("ports " + busy + " are in use: a local stack (or another program) runs;"
                    + " stop it first (the benchmark starts its own, durable)");
        }
        Path jar = newest(root.resolve("local-stack/target"), "local-stack-", "-exec.jar");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ProductionJvm.LAUNCHER_FLAGS);
        command.addAll(List.of("-jar", jar.toString(), "--durable", "--extra-databases=" + BENCHMARK_DATABASE,
                "--root=" + root, "--ready-timeout=" + READY_TIMEOUT.toSeconds()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("LOCAL_STACK_SERVICE_JVM_OPTS", String.join(" ", ProductionJvm.serviceOptions()));
        StackUnderTest stack = new StackUnderTest(root, builder.start());
        stack.followConsole(console);
        return stack;
    }

    /** Waits for the ready banner; fails if the launcher ends first or takes too long. */
    public void awaitReady() throws Exception {
        boolean up = ready.get(READY_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS);
        if (!up) {
            throw new IllegalStateException("the local stack ended before it was ready (see local-stack-data/logs/)");
        }
    }

    public long launcherPid() {
        return launcher.pid();
    }

    /** PostgreSQL's postmaster, which {@code pg_ctl} starts outside the launcher's process tree. */
    public OptionalLong postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(root.resolve("local-stack-data/postgres-data/postmaster.pid"));
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() {
        if (!launcher.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = launcher.toHandle().descendants().toList();
        launcher.toHandle().destroy();
        try {
            if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
                launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void followConsole(PrintStream console) {
        Thread follower = new Thread(() -> {
            try (BufferedReader output = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = output.readLine()) != null) {
                    if (line.contains(READY_LINE)) {
                        ready.complete(true);
                    }
                    if (line.startsWith("[local-stack]") || line.contains("ERROR")) {
                        console.println("  " + line);
                    }
                }
            } catch (IOException e) {
                console.println("  [benchmarks] launcher output no longer readable: " + e.getMessage());
            }
            ready.complete(false);
        }, "local-stack-console");
        follower.setDaemon(true);
        follower.start();
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The newest file of a folder whose name starts and ends as given (an exec jar of the build). */
    public static Path newest(Path folder, String prefix, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)
                            && file.getFileName().toString().endsWith(suffix))
                    .max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no " + prefix + "*" + suffix + " in " + folder
                            + "; build it first (./run-benchmarks.sh does)"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException("no " + folder + "; build it first (./run-benchmarks.sh does)");
        }
    }
}
