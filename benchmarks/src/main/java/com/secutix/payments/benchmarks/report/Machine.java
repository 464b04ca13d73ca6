package com.secutix.payments.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What the figures were measured on: cores, memory, load average, the commit. */
public final class Machine {

    private Machine() {
    }

    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB").findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    /** The 1, 5 and 15 minute load averages. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }

    public static String commit(Path root) {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").directory(root.toFile()).redirectErrorStream(true).start();
            String head = new String(git.getInputStream().readAllBytes()).trim();
            git.waitFor(10, TimeUnit.SECONDS);
            Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no").directory(root.toFile()).start();
            boolean dirty = !new String(status.getInputStream().readAllBytes()).isBlank();
            status.waitFor(10, TimeUnit.SECONDS);
            return head + (dirty ? " (with uncommitted changes)" : "");
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}
