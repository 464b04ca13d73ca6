package com.secutix.payments.benchmarks.measure;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The CPU each process of the stack used between two readings, summed by part of the stack. */
public final class CpuWindow {

    private final StackProcesses processes;
    private final long launcherPid;
    private final Map<Long, Long> before;

    private CpuWindow(StackProcesses processes, long launcherPid, Map<Long, Long> before) {
        this.processes = processes;
        this.launcherPid = launcherPid;
        this.before = before;
    }

    public static CpuWindow open(StackProcesses processes, long launcherPid, Collection<Long> pids) {
        return new CpuWindow(processes, launcherPid, processes.cpuTicks(pids));
    }

    /** Milliseconds of CPU by part of the stack since the window opened; a process born meanwhile counts from 0. */
    public Map<String, Double> closeByPart(Collection<Long> pids) {
        Map<Long, Long> after = processes.cpuTicks(pids);
        Map<String, Double> byPart = new TreeMap<>();
        after.forEach((pid, ticks) -> byPart.merge(processes.partOf(pid, launcherPid),
                ProcStat.ticksToMillis(Math.max(0, ticks - before.getOrDefault(pid, 0L))), Double::sum));
        return new LinkedHashMap<>(byPart);
    }
}
