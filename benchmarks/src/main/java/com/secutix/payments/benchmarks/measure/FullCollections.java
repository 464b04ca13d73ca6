package com.secutix.payments.benchmarks.measure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A full collection in each of some JVMs at once ({@code jcmd <pid> GC.run}), run after a load step that was not
 * sustained: during an overload the requests queued in a service outlive its young collections and are promoted, and
 * a probe measured the gateway's old generation going from 62 to 185 MiB of its 224 in a 6 s step at 450 payments/s.
 * Left there, that garbage forces a full collection (250–400 ms on two cores) in whichever step comes next; collected
 * during the recovery, it is not measured as the next step's.
 */
public final class FullCollections implements Runnable {

    private final Map<String, Long> pidByPart;
    private final Consumer<String> problems;

    /** {@code problems} hears of a JVM that could not be collected; the run goes on. */
    public FullCollections(Map<String, Long> pidByPart, Consumer<String> problems) {
        this.pidByPart = Map.copyOf(pidByPart);
        this.problems = problems;
    }

    @Override
    public void run() {
        List<CompletableFuture<Void>> collections = new ArrayList<>();
        pidByPart.forEach((part, pid) -> collections.add(CompletableFuture.runAsync(() -> collect(part, pid))));
        collections.forEach(CompletableFuture::join);
    }

    private void collect(String part, long pid) {
        try {
            JdkTool.run("jcmd", Long.toString(pid), "GC.run");
        } catch (IOException e) {
            problems.accept("no full collection in " + part + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
