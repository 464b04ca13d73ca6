package com.secutix.payments.localstack.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One service running as a child JVM ({@code java -jar <exec jar>}). Its whole output goes to
 * {@code <logs>/<service>.log}; the console only gets the lines {@link QuietConsole} lets through,
 * prefixed with {@code [service]}.
 *
 * <p>The child runs in its own session ({@code setsid}) so that Ctrl-C reaches only the launcher,
 * which then stops the children before Kafka and PostgreSQL.
 *
 * <p>Where util-linux's {@code setpriv --pdeathsig} exists (Linux), the child also gets SIGTERM
 * from the kernel when the launcher dies, even by {@code kill -9}, and stops as on Ctrl-C. The
 * kernel sends it when the <em>thread</em> that started the child ends: the launcher starts the
 * services from its main thread, which lives as long as the launcher's JVM; starting them from a
 * pooled thread would stop them when that thread is retired.
 */
public final class ServiceProcess {

    /** Every process of the stack listens on the loopback interface only: nothing is reachable from the network. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The profile of the repository's demo configuration (application-local.yml); the only one the stack runs. */
    public static final String LOCAL_PROFILE = "local";

    private static final int REMEMBERED_LINES = 40;
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    private static final List<String> STOP_WITH_PARENT = List.of(SETPRIV.toString(), "--pdeathsig", "TERM");
    private static volatile Boolean parentDeathSignalAvailable;

    private final PlatformService service;
    private final Process process;
    private final Deque<String> lastLines = new ArrayDeque<>();

    private ServiceProcess(PlatformService service, Process process) {
        this.service = service;
        this.process = process;
    }

    public static ServiceProcess start(PlatformService service, Path executableJar, List<String> jvmOptions,
                                       Path logFile, PrintStream console) throws IOException {
        List<String> command = new ArrayList<>();
        if (parentDeathSignalAvailable()) {
            command.addAll(STOP_WITH_PARENT); // outside setsid: should setsid ever fork, the signal is not passed on
        }
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(currentJavaExecutable());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(executableJar.toString());
        command.addAll(arguments(service));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ServiceProcess started = new ServiceProcess(service, process);
        started.pipeOutput(logFile, console);
        return started;
    }

    /** The service's command-line arguments: its port on the loopback interface, the local profile, a quiet console. */
    public static List<String> arguments(PlatformService service) {
        return List.of(
                "--server.port=" + service.port(),
                "--server.address=" + LOOPBACK,
                "--spring.profiles.active=" + LOCAL_PROFILE,
                "--spring.main.banner-mode=off",
                "--spring.output.ansi.enabled=never");
    }

    public PlatformService service() {
        return service;
    }

    public long pid() {
        return process.pid();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int exitCode() {
        return process.exitValue();
    }

    public List<String> lastLines() {
        synchronized (lastLines) {
            return List.copyOf(lastLines);
        }
    }

    /** Asks the service to stop (SIGTERM, Spring's graceful shutdown), without waiting. */
    public void requestStop() {
        process.toHandle().destroy(); // unlike Process.destroy(), keeps the output open to log the shutdown
    }

    /** Waits for the service to stop, killing it if it takes longer than the grace period. */
    public void awaitStop(long graceSeconds) throws InterruptedException {
        if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private void pipeOutput(Path logFile, PrintStream console) {
        Thread pipe = new Thread(() -> copyLines(logFile, console), service.name() + "-output");
        pipe.setDaemon(true);
        pipe.start();
    }

    private void copyLines(Path logFile, PrintStream console) {
        QuietConsole quietConsole = new QuietConsole();
        String prefix = "[" + service.name() + "] ";
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
            String line;
            while ((line = output.readLine()) != null) {
                log.write(line);
                log.write(System.lineSeparator());
                log.flush();
                remember(line);
                if (quietConsole.shows(line)) {
                    console.println(prefix + line);
                }
            }
        } catch (IOException e) {
            console.println(prefix + "output no longer readable: " + e.getMessage());
        }
    }

    private void remember(String line) {
        synchronized (lastLines) {
            if (lastLines.size() == REMEMBERED_LINES) {
                lastLines.removeFirst();
            }
            lastLines.addLast(line);
        }
    }

    /** {@code setpriv} from util-linux 2.33 or later (older ones have no --pdeathsig): asked once. */
    static boolean parentDeathSignalAvailable() {
        if (parentDeathSignalAvailable == null) {
            parentDeathSignalAvailable = Files.isExecutable(SETPRIV) && succeeds(STOP_WITH_PARENT, "true");
        }
        return parentDeathSignalAvailable;
    }

    private static boolean succeeds(List<String> command, String argument) {
        List<String> full = new ArrayList<>(command);
        full.add(argument);
        try {
            Process probe = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor(5, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String currentJavaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
