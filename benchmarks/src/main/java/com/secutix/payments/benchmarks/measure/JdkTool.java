package com.secutix.payments.benchmarks.measure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A tool of the JDK the benchmark runs on ({@code jcmd}, {@code jstat}), from the directory of its {@code java}. */
final class JdkTool {

    private JdkTool() {
    }

    /** What the tool printed; an error when it failed or took more than a minute. */
    static String run(String tool, String... arguments) throws IOException, InterruptedException {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        Path command = java.getParent() == null ? Path.of(tool) : java.getParent().resolve(tool);
        List<String> full = new ArrayList<>(List.of(command.toString()));
        full.addAll(List.of(arguments));
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(tool + " " + String.join(" ", arguments) + " failed: " + output.strip());
        }
        return output;
    }
}
