package com.secutix.payments.benchmarks.measure;

import com.secutix.payments.localstack.report.ResidentMemory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * P-mem: the stack's PSS ({@code smaps_rollup}) sampled every 2 s while a window runs, and at the highest sample
 * what each part of the stack held, so that a report over the bound says where the memory is.
 */
public final class PeakMemory {

    /** The highest sample of the whole stack, in KiB, and each part's share of it. */
    public record Peak(long kibibytes, Map<String, Long> kibibytesByPart) {
    }

    private static final long PERIOD_MILLIS = 2000;

    private final Thread thread;
    private volatile Peak peak = new Peak(0, Map.of());

    private PeakMemory(StackProcesses processes, long launcherPid, Set<Long> pids) {
        ResidentMemory memory = new ResidentMemory(Path.of("/proc"));
        thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Map<String, Long> byPart = new TreeMap<>();
                for (long pid : pids) {
                    byPart.merge(processes.partOf(pid, launcherPid), memory.proportionalKibibytes(List.of(pid)), Long::sum);
                }
                long total = byPart.values().stream().mapToLong(Long::longValue).sum();
                if (total > peak.kibibytes()) {
                    peak = new Peak(total, Map.copyOf(byPart));
                }
                try {
                    Thread.sleep(PERIOD_MILLIS); // a sampling period, not a wait for a condition
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "pss-sampler");
        thread.setDaemon(true);
    }

    public static PeakMemory start(StackProcesses processes, long launcherPid, Set<Long> pids) {
        PeakMemory sampler = new PeakMemory(processes, launcherPid, pids);
        sampler.thread.start();
        return sampler;
    }

    public Peak stop() throws InterruptedException {
        thread.interrupt();
        thread.join();
        return peak;
    }
}
