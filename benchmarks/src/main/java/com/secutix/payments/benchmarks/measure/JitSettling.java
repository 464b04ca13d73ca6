package com.secutix.payments.benchmarks.measure;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How busy the JIT compilers of some JVMs were over a window: the CPU of their compiler threads ({@link ThreadCpu}'s
 * "JIT compilers") as a share of one core. A service whose C2 still compiles is measured at a cost it no longer has
 * once warm (checkout-bff spent 4.4 ms of CPU per box-office payment after 6,000 of them, 2.3 ms after 18,000 on the
 * same machine), and its compilations take CPU from every other process of the stack: a step-up should start once
 * every JVM of the payment path has settled.
 */
public final class JitSettling {

    /** A JVM has settled when its compilers used at most this share of one core over a window. */
    public static final double SETTLED_SHARE = 0.05;

    private final Map<String, ThreadCpu> threadsByPart;
    private final Instant opened;

    private JitSettling(Map<String, ThreadCpu> threadsByPart, Instant opened) {
        this.threadsByPart = threadsByPart;
        this.opened = opened;
    }

    public static JitSettling open(Path proc, Map<String, Long> pidByPart) {
        Map<String, ThreadCpu> threads = new LinkedHashMap<>();
        pidByPart.forEach((part, pid) -> threads.put(part, ThreadCpu.open(proc, pid)));
        return new JitSettling(threads, Instant.now());
    }

    /** Each JVM's compiler share of one core since the window opened. */
    public Shares close() {
        return close(Duration.between(opened, Instant.now()));
    }

    Shares close(Duration elapsed) {
        double windowMillis = Math.max(1, elapsed.toMillis());
        Map<String, Double> shares = new LinkedHashMap<>();
        threadsByPart.forEach((part, threads) ->
                shares.put(part, threads.closeByKind().getOrDefault(ThreadCpu.JIT_COMPILERS, 0.0) / windowMillis));
        return new Shares(shares);
    }

    /** The compilers' share of one core, by JVM. */
    public record Shares(Map<String, Double> byPart) {

        public boolean allSettled() {
            return byPart.values().stream().allMatch(share -> share <= SETTLED_SHARE);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            byPart.forEach((part, share) -> text.append(text.isEmpty() ? "" : ", ").append(part).append(' ')
                    .append(Math.round(share * 1000) / 10.0).append(" %"));
            return text.toString();
        }
    }
}
