package com.secutix.payments.localstack.service;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** The services' child processes: started together, awaited until UP, watched, stopped together. */
public final class RunningServices {

    private static final int CRASH_LINES = 30;
    private static final int LATE_LINES = 8;
    private static final long POLL_MILLIS = 500;

    private final PrintStream console;
    private final List<ServiceProcess> children = new CopyOnWriteArrayList<>();

    public RunningServices(PrintStream console) {
        this.console = console;
    }

    /** Raised when a service dies during start-up or is not UP in time; its last lines are printed already. */
    public static final class NotReady extends RuntimeException {
        NotReady(String message) {
            super(message);
        }
    }

    /** Starts each service, telling {@code started} about each as soon as its process exists. */
    public void start(List<PlatformService> services, ExecutableJars jars, List<String> jvmOptions, Path logs,
                      Consumer<ServiceProcess> started) throws IOException {
        for (PlatformService service : services) {
            Path log = logs.resolve(service.name() + ".log");
            ServiceProcess child = ServiceProcess.start(service, jars.of(service), jvmOptions, log, console);
            children.add(child);
            started.accept(child);
        }
    }

    /** Waits until every service's health is UP; fails as soon as one of them exits. */
    public void awaitUp(Duration timeout, Consumer<String> progress) throws InterruptedException {
        HealthProbe probe = new HealthProbe();
        Instant deadline = Instant.now().plus(timeout);
        Set<ServiceProcess> up = new HashSet<>();
        while (up.size() < children.size()) {
            List<ServiceProcess> waiting = children.stream().filter(child -> !up.contains(child)).toList();
            for (ServiceProcess child : waiting) {
                if (!child.isAlive()) {
                    printCrash(child);
                    throw new NotReady(child.service().name() + " exited with code " + child.exitCode());
                }
            }
            Map<ServiceProcess, CompletableFuture<Boolean>> probes = new LinkedHashMap<>();
            waiting.forEach(child -> probes.put(child, probe.isUp(child.service())));
            probes.forEach((child, answer) -> {
                if (answer.join()) {
                    up.add(child);
                    progress.accept(child.service().name() + " is UP (" + up.size() + "/" + children.size() + ")");
                }
            });
            if (up.size() < children.size() && Instant.now().isAfter(deadline)) {
                List<ServiceProcess> late = children.stream().filter(child -> !up.contains(child)).toList();
                late.forEach(child -> printLastLines(child, LATE_LINES));
                throw new NotReady("not UP after " + timeout.toSeconds() + " s: "
                        + late.stream().map(child -> child.service().name()).toList() + " (more time: --ready-timeout=seconds)");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Reports each service that exits, until {@code stopping} says the exits are expected. */
    public void watch(BooleanSupplier stopping) {
        Set<ServiceProcess> reported = new HashSet<>();
        while (!stopping.getAsBoolean()) {
            children.stream()
                    .filter(child -> !child.isAlive() && !stopping.getAsBoolean() && reported.add(child))
                    .forEach(this::printCrash);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Asks every service to stop at once, then waits for each, killing the ones that overrun. */
    public void stop(long graceSeconds) {
        children.forEach(ServiceProcess::requestStop);
        for (ServiceProcess child : children) {
            try {
                child.awaitStop(graceSeconds);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isEmpty() {
        return children.isEmpty();
    }

    private void printCrash(ServiceProcess child) {
        console.println("[local-stack] " + child.service().name() + " exited with code " + child.exitCode());
        printLastLines(child, CRASH_LINES);
    }

    private void printLastLines(ServiceProcess child, int count) {
        String name = child.service().name();
        List<String> lines = child.lastLines();
        console.println("[local-stack] last lines of " + name + (lines.isEmpty() ? ": none, it printed nothing" : ":"));
        lines.subList(Math.max(0, lines.size() - count), lines.size()).forEach(line -> console.println("[" + name + "] " + line));
        console.println("[local-stack] full log: local-stack-data/logs/" + name + ".log");
    }
}
