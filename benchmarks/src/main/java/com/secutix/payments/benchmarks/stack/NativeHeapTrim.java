package com.secutix.payments.benchmarks.stack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JVM options that trim the native heap every 5 s, for a JVM that knows them. glibc keeps the memory the
 * JVM's own native allocations (the JIT compilers' arenas above all) give back, so a JVM's resident memory only
 * grows after each burst of compilation; a periodic {@code malloc_trim} returns it to the system. The option is
 * experimental in JDK 17.0.9 and later 17s, a product option in newer JDKs, and unknown to older ones, where it
 * would stop the JVM from starting: the {@code java} that runs the benchmark, and the stack it starts, is asked
 * once.
 *
 * <p>Measured on December 7 on the durable stack with production flags, one load (about 900 card entries,
 * 900 payments and 1,800 refused ones) run without the trim, then with it (docs/performance.md): 25 to 68 MiB
 * less per JVM, 232 MiB over the stack's seven JVMs; a trim took under 5 ms in 338 of 354 runs, 22 ms at most.
 * The local stack's own small-footprint JVMs (C1 only) gain nothing from it: C1's arenas are small, and a trim
 * of an idle checkout-bff there freed 12 KiB.
 */
public final class NativeHeapTrim {

    public static final List<String> OPTIONS = List.of("-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=5000");

    private static volatile List<String> forThisJava;

    private NativeHeapTrim() {
    }

    /** {@link #OPTIONS} if the {@code java} running this JVM takes them, else none: asked once. */
    public static List<String> optionsForThisJava() {
        if (forThisJava == null) {
            forThisJava = optionsFor(ProcessHandle.current().info().command().orElse("java"));
        }
        return forThisJava;
    }

    /** {@link #OPTIONS} if {@code javaCommand} starts with them, else none. */
    static List<String> optionsFor(String javaCommand) {
        List<String> probe = new ArrayList<>();
        probe.add(javaCommand);
        probe.addAll(OPTIONS);
        probe.add("-version");
        try {
            Process java = new ProcessBuilder(probe).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!java.waitFor(30, TimeUnit.SECONDS)) {
                java.destroyForcibly();
                return List.of();
            }
            return java.exitValue() == 0 ? OPTIONS : List.of();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
