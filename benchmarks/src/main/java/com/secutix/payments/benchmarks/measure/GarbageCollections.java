package com.secutix.payments.benchmarks.measure;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The garbage collections of each service's JVM during a window, from {@code jstat -gc <pid>} read at each end: the
 * young collections (how many, their pauses in total), the full ones, and how much the old generation grew. Without a
 * full collection, that growth is what the young collections promoted: objects that outlived the young generation's
 * survivor spaces, which a full collection of a few hundred milliseconds must later sweep (a stall every payment in
 * flight waits for). A JVM that ended meanwhile, or that {@code jstat} could not read, is left out.
 */
public final class GarbageCollections {

    /** jstat's cumulative counters: collections, their pauses in seconds, the old generation's use in KiB. */
    record Counters(long young, double youngSeconds, long full, double fullSeconds, double oldUsedKibibytes) {

        /** Reads {@code jstat -gc}'s two lines (a header, then the values, "-" for a collector the JVM does not have). */
        static Counters parse(String jstatOutput) {
            List<String> lines = jstatOutput.strip().lines().toList();
            if (lines.size() < 2) {
                throw new IllegalArgumentException("not jstat -gc's output: " + jstatOutput);
            }
            List<String> names = Arrays.asList(lines.get(0).trim().split("\\s+"));
            String[] values = lines.get(1).trim().split("\\s+");
            if (values.length != names.size()) {
                throw new IllegalArgumentException("jstat -gc's values do not match its header: " + jstatOutput);
            }
            return new Counters((long) value(names, values, "YGC"), value(names, values, "YGCT"),
                    (long) value(names, values, "FGC"), value(names, values, "FGCT"), value(names, values, "OU"));
        }

        private static double value(List<String> names, String[] values, String name) {
            int column = names.indexOf(name);
            if (column < 0) {
                throw new IllegalArgumentException("jstat -gc has no column " + name);
            }
            return "-".equals(values[column]) ? 0 : Double.parseDouble(values[column]);
        }

        During since(Counters before) {
            return new During(young - before.young, (youngSeconds - before.youngSeconds) * 1000, full - before.full,
                    (fullSeconds - before.fullSeconds) * 1000, (oldUsedKibibytes - before.oldUsedKibibytes) / 1024);
        }
    }

    /** One JVM's collections during the window; {@code oldGrowthMebibytes} is negative after a full collection. */
    public record During(long young, double youngPauseMillis, long full, double fullPauseMillis, double oldGrowthMebibytes) {
    }

    private final Map<String, Long> pidsByPart;
    private final Map<String, Counters> before;

    private GarbageCollections(Map<String, Long> pidsByPart, Map<String, Counters> before) {
        this.pidsByPart = pidsByPart;
        this.before = before;
    }

    /** {@code pidsByPart}: each service's JVM by the part of the stack it is. */
    public static GarbageCollections open(Map<String, Long> pidsByPart) {
        return new GarbageCollections(Map.copyOf(pidsByPart), read(pidsByPart));
    }

    /** Each JVM's collections since the window opened, by part of the stack. */
    public Map<String, During> close() {
        Map<String, During> during = new LinkedHashMap<>();
        read(pidsByPart).forEach((part, after) -> {
            Counters start = before.get(part);
            if (start != null) {
                during.put(part, after.since(start));
            }
        });
        return during;
    }

    private static Map<String, Counters> read(Map<String, Long> pidsByPart) {
        Map<String, Counters> counters = new LinkedHashMap<>();
        pidsByPart.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(jvm -> {
            try {
                counters.put(jvm.getKey(), Counters.parse(JdkTool.run("jstat", "-gc", Long.toString(jvm.getValue()))));
            } catch (IOException | RuntimeException unreadable) {
                // ended meanwhile, or not a JVM jstat can attach to
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        });
        return counters;
    }
}
