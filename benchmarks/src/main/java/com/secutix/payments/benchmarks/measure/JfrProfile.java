package com.secutix.payments.benchmarks.measure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording of one service during a window ({@code jcmd <pid> JFR.start / JFR.stop}), read back
 * with {@link RecordingFile}: the methods with the most execution samples on top of the stack (self
 * time) and the share of samples by {@link HotSpot}. Execution samples are Java threads running Java
 * code; time in native code or the kernel (sockets, fsync) does not appear.
 *
 * <p>It records execution samples only ({@code jfr/execution-samples.jfc}, every 10 ms). JDK 17's own settings
 * ({@code default}, {@code profile}) enable events that JFR adds to JDK classes by instrumenting them (socket and
 * file I/O, errors thrown): starting or stopping such a recording deoptimises the compiled code around them, and a
 * service under load then spends 10–20 s of CPU recompiling in the next half minute, its CPU per request doubled
 * (docs/performance.md). A JVM's first recording of any kind sets off the same storm once: {@link #prime} takes it
 * before anything is measured.
 */
public final class JfrProfile {

    private static final String RECORDING = "benchmark";
    private static final String PRIMING = "priming";
    private static final String SETTINGS = "/jfr/execution-samples.jfc";

    private final long pid;
    private final Path file;

    private JfrProfile(long pid, Path file) {
        this.pid = pid;
        this.file = file;
    }

    public static JfrProfile start(long pid, Path file) throws IOException, InterruptedException {
        JdkTool.run("jcmd", Long.toString(pid), "JFR.start", "name=" + RECORDING, "settings=" + settings(), "filename=" + file);
        return new JfrProfile(pid, file);
    }

    /** Starts and stops a recording of nothing kept in the JVM, so that its first recording's recompilations happen now. */
    public static void prime(long pid) throws IOException, InterruptedException {
        JdkTool.run("jcmd", Long.toString(pid), "JFR.start", "name=" + PRIMING, "settings=" + settings());
        JdkTool.run("jcmd", Long.toString(pid), "JFR.stop", "name=" + PRIMING);
    }

    /** The settings file, copied out of the benchmark's jar for {@code jcmd}, which reads it in the target JVM. */
    private static synchronized Path settings() throws IOException {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "benchmark-execution-samples.jfc");
        try (InputStream settings = JfrProfile.class.getResourceAsStream(SETTINGS)) {
            if (settings == null) {
                throw new IOException("no " + SETTINGS + " in the benchmark's class path");
            }
            Files.copy(settings, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    public record Summary(long samples, Map<String, Long> topSelfMethods, Map<HotSpot, Long> byHotSpot) {
    }

    public Summary stopAndSummarise(int topMethods) throws IOException, InterruptedException {
        JdkTool.run("jcmd", Long.toString(pid), "JFR.stop", "name=" + RECORDING);
        Map<String, Long> selfSamples = new HashMap<>();
        Map<HotSpot, Long> byHotSpot = new EnumMap<>(HotSpot.class);
        long samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            RecordedFrame top = frames.get(0);
            selfSamples.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1L, Long::sum);
            byHotSpot.merge(HotSpot.of(frames.stream().map(frame -> frame.getMethod().getType().getName()).toList()),
                    1L, Long::sum);
        }
        Map<String, Long> top = new LinkedHashMap<>();
        selfSamples.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(topMethods)
                .forEach(entry -> top.put(entry.getKey(), entry.getValue()));
        return new Summary(samples, top, byHotSpot);
    }
}
