package com.secutix.payments.benchmarks.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every process of the stack: the launcher (Kafka and the identity provider live in its JVM) with all its
 * descendants, and PostgreSQL's postmaster (started by {@code pg_ctl}, so outside the launcher's tree) with
 * its children. The benchmark's own JVM and the B-web JVM are not descendants of either, so they are not
 * counted. Each process is named by the part of the stack it is.
 */
public final class StackProcesses {

    private final Path proc;

    public StackProcesses(Path proc) {
        this.proc = proc;
    }

    /** The processes of the stack, each counted once. */
    public static Set<Long> of(long launcherPid, Collection<Long> postmasterPids) {
        Set<Long> pids = new LinkedHashSet<>();
        pids.add(launcherPid);
        ProcessHandle.of(launcherPid).stream().flatMap(ProcessHandle::descendants).map(ProcessHandle::pid).forEach(pids::add);
        for (long postmaster : postmasterPids) {
            pids.add(postmaster);
            ProcessHandle.of(postmaster).stream().flatMap(ProcessHandle::descendants).map(ProcessHandle::pid).forEach(pids::add);
        }
        return pids;
    }

    /** The CPU ticks used so far by each process (a process that ended meanwhile is left out). */
    public Map<Long, Long> cpuTicks(Collection<Long> pids) {
        Map<Long, Long> ticks = new LinkedHashMap<>();
        for (long pid : pids) {
            try {
                ticks.put(pid, ProcStat.cpuTicks(Files.readString(proc.resolve(pid + "/stat"))));
            } catch (IOException | RuntimeException e) {
                // ended meanwhile
            }
        }
        return ticks;
    }

    /** The part of the stack a process is, from its command line. */
    public String partOf(long pid, long launcherPid) {
        if (pid == launcherPid) {
            return "launcher (Kafka + identity provider)";
        }
        String commandLine;
        try {
            commandLine = Files.readString(proc.resolve(pid + "/cmdline")).replace('\0', ' ');
        } catch (IOException e) {
            return "other";
        }
        return partOf(commandLine);
    }

    static String partOf(String commandLine) {
        if (commandLine.contains("payment-gateway-service")) {
            return "payment-gateway";
        }
        if (commandLine.contains("card-vault-service")) {
            return "card-vault";
        }
        if (commandLine.contains("psp-simulator")) {
            return "psp-simulator";
        }
        for (String idle : new String[] {"installment-service", "refund-service", "checkout-bff"}) {
            if (commandLine.contains(idle)) {
                return idle;
            }
        }
        if (commandLine.startsWith("postgres") || commandLine.contains("/bin/postgres")) {
            return "postgresql";
        }
        return "other";
    }
}
