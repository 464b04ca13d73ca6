package com.secutix.payments.benchmarks.stack;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM flags a production deployment of a service would use, for every service of the stack and for
 * the B-web baseline: C2 on (no {@code TieredStopAtLevel}), the Parallel collector (throughput first; on
 * 2 cores G1's concurrent refinement and marking threads compete with the requests, and its remembered
 * sets cost memory) and a 256 MiB heap with a young generation of 32 MiB. The young generation is what a
 * service touches all of, whatever its live data: every allocation cycles through it, so its size is resident
 * (the collector's default, a third of the heap, made it 85 MiB per service and 170 MiB in the launcher).
 * A smaller one is collected more often, and a young collection costs what survives it, not the
 * generation's size (docs/performance.md). Its survivor spaces are fixed at a sixth of it each (5.3 MiB), the
 * objects in them promoted after four collections: the collector's adaptive sizing shrank them to 2.5 MiB under
 * load, and what a few hundred payments in flight hold then went straight to the old generation (the gateway's grew
 * by 68 MiB in 20 s at 200 payments/s, 1 MiB with these flags), each full collection that swept it a stall of
 * 230–400 ms. The native heap is trimmed every 5 s where the JVM knows how
 * ({@link NativeHeapTrim}).
 */
public final class ProductionJvm {

    public static final List<String> FLAGS = withNativeHeapTrim(
            "-XX:+UseParallelGC", "-Xms256m", "-Xmx256m", "-Xmn32m", "-XX:-UseAdaptiveSizePolicy", "-XX:SurvivorRatio=4",
            "-XX:MaxTenuringThreshold=4", "-Xss512k", "-XX:ReservedCodeCacheSize=128m");

    /** The launcher hosts the Kafka broker and the identity provider: the same flags, a larger heap. */
    public static final List<String> LAUNCHER_FLAGS = withNativeHeapTrim(
            "-XX:+UseParallelGC", "-Xms512m", "-Xmx512m", "-Xmn32m", "-XX:-UseAdaptiveSizePolicy", "-XX:SurvivorRatio=4",
            "-XX:MaxTenuringThreshold=4", "-Xss512k", "-XX:ReservedCodeCacheSize=128m");

    /**
     * The gateway's card-testing limits (payments per customer and per address, per hour) raised far above
     * what a run sends, so that the benchmark measures payments, not refusals.
     */
    public static final List<String> RAISED_CARD_TESTING_LIMITS = List.of(
            "-Dpayments.attempts.limits.payment-per-customer.max-attempts=100000000",
            "-Dpayments.attempts.limits.payment-per-ip.max-attempts=100000000");

    private ProductionJvm() {
    }

    private static List<String> withNativeHeapTrim(String... flags) {
        List<String> all = new ArrayList<>(List.of(flags));
        all.addAll(NativeHeapTrim.optionsForThisJava());
        return List.copyOf(all);
    }

    /** The services' JVM options: production flags plus the raised limits. */
    public static List<String> serviceOptions() {
        List<String> options = new ArrayList<>(FLAGS);
        options.addAll(RAISED_CARD_TESTING_LIMITS);
        return List.copyOf(options);
    }
}
