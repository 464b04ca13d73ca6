package com.secutix.payments.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;

import com.secutix.payments.benchmarks.baseline.BareWebApplication;

/**
 * {@code java -jar benchmarks-exec.jar [--smoke] [--root=.]}: starts the durable local stack with the
 * production JVM flags, measures the baselines and the scenarios of docs/performance.md in the same
 * run, writes the report and stops the stack. {@code bare-web} runs the B-web baseline (its own JVM).
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("bare-web")) {
            BareWebApplication.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        boolean smoke = false;
        Path root = Path.of(System.getProperty("user.dir"));
        for (String arg : args) {
            if (arg.equals("--smoke")) {
                smoke = true;
            } else if (arg.startsWith("--root=")) {
                root = Path.of(arg.substring("--root=".length()));
            } else {
                System.err.println("Unknown option " + arg + " (known: --smoke --root=path)");
                System.exit(2);
            }
        }
        root = root.toAbsolutePath().normalize();
        int exitCode = new BenchmarkRun(smoke ? RunPlan.smoke(root) : RunPlan.full(root), root, System.out).run();
        System.exit(exitCode);
    }
}
