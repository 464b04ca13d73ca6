package com.secutix.payments.benchmarks.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The CPU the threads of one JVM used between two readings of {@code /proc/<pid>/task/*}/stat, summed by
 * kind of thread: JIT compilers, the garbage collector, the HTTP and the R2DBC event loops, the Kafka
 * producer... JFR's execution samples see only Java code; this sees every thread, native ones included.
 */
public final class ThreadCpu {

    /** The kind of the C1 and C2 compiler threads. */
    public static final String JIT_COMPILERS = "JIT compilers";

    private final Path process;
    private final Map<String, Long> before;

    private ThreadCpu(Path process, Map<String, Long> before) {
        this.process = process;
        this.before = before;
    }

    public static ThreadCpu open(Path proc, long pid) {
        Path process = proc.resolve(Long.toString(pid));
        return new ThreadCpu(process, ticksByThread(process));
    }

    /** Milliseconds of CPU by kind of thread since the window opened; a thread born meanwhile counts from 0. */
    public Map<String, Double> closeByKind() {
        Map<String, Double> byKind = new TreeMap<>();
        ticksByThread(process).forEach((thread, ticks) -> {
            long used = Math.max(0, ticks - before.getOrDefault(thread, 0L));
            if (used > 0) {
                byKind.merge(kindOf(thread.substring(thread.indexOf(' ') + 1)), ProcStat.ticksToMillis(used), Double::sum);
            }
        });
        return new LinkedHashMap<>(byKind);
    }

    /** The kind of a thread, from the name the kernel keeps of it (its first 15 characters). */
    static String kindOf(String threadName) {
        if (threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre")) {
            return JIT_COMPILERS;
        }
        if (threadName.startsWith("GC Thread") || threadName.equals("VM Thread")) {
            return "garbage collector and VM";
        }
        if (threadName.startsWith("reactor-http-")) {
            return "HTTP event loops (server, PSP client)";
        }
        if (threadName.startsWith("reactor-tcp-")) {
            return "R2DBC event loops (PostgreSQL)";
        }
        if (threadName.startsWith("kafka-producer-")) {
            return "Kafka producer";
        }
        if (threadName.startsWith("parallel-") || threadName.startsWith("boundedElastic-")) {
            return "Reactor schedulers (timers, blocking work)";
        }
        return "other: " + threadName.replaceAll("[-#_ ]?\\d+$", "");
    }

    /** CPU ticks of each living thread, keyed by {@code "<tid> <name>"}. */
    private static Map<String, Long> ticksByThread(Path process) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        try (Stream<Path> threads = Files.list(process.resolve("task"))) {
            threads.forEach(thread -> {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    ticks.put(thread.getFileName() + " " + name, ProcStat.cpuTicks(stat));
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException e) {
            // the process ended meanwhile: no thread
        }
        return ticks;
    }
}
