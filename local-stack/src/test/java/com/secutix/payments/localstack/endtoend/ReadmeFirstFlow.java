package com.secutix.payments.localstack.endtoend;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The bash block under "## The first flow" of the repository's README, run as written with
 * {@code bash -euo pipefail}. A short trailer of ours, appended after the README's lines, saves the
 * {@code CARD} and {@code PAYMENT} answers so the test can check them through the APIs.
 *
 * <p>The script holds a test card number and CVC (the browser's form post), so it is never printed.
 */
final class ReadmeFirstFlow {

    private static final String SECTION = "## The first flow";

    private final String script;

    private ReadmeFirstFlow(String script) {
        this.script = script;
    }

    static ReadmeFirstFlow from(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        int section = lines.indexOf(SECTION);
        if (section < 0) {
            throw new IllegalStateException(readme + " has no \"" + SECTION + "\" section");
        }
        int open = indexOf(lines, "```bash", section);
        if (open < 0 || nextSection(lines, section) < open) {
            throw new IllegalStateException("No ```bash block under \"" + SECTION + "\" in " + readme);
        }
        int close = indexOf(lines, "```", open + 1);
        if (close < 0) {
            throw new IllegalStateException("The bash block under \"" + SECTION + "\" of " + readme + " is not closed");
        }
        return new ReadmeFirstFlow(String.join("\n", lines.subList(open + 1, close)) + "\n");
    }

    /** What the run printed, and the answers it kept. */
    record Run(int exitCode, String output, String card, String payment) {
    }

    Run run(Path workDirectory, Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(workDirectory);
        Path card = workDirectory.resolve("card.json");
        Path payment = workDirectory.resolve("payment.json");
        Path output = workDirectory.resolve("output.txt");
        Files.deleteIfExists(card);
        Files.deleteIfExists(payment);
        String trailer = "printf '%s' \"$CARD\" > '" + card + "'\n"
                + "printf '%s' \"$PAYMENT\" > '" + payment + "'\n";
        Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-s")
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try (OutputStream stdin = bash.getOutputStream()) {
            stdin.write((script + trailer).getBytes(StandardCharsets.UTF_8));
        }
        if (!bash.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            bash.destroyForcibly();
            throw new IllegalStateException("The README's first flow did not end within " + timeout.toSeconds()
                    + " s; output so far:\n" + Files.readString(output));
        }
        return new Run(bash.exitValue(), Files.readString(output), readIfPresent(card), readIfPresent(payment));
    }

    private static String readIfPresent(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : null;
    }

    private static int indexOf(List<String> lines, String line, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(line)) {
                return i;
            }
        }
        return -1;
    }

    private static int nextSection(List<String> lines, int section) {
        for (int i = section + 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("## ")) {
                return i;
            }
        }
        return lines.size();
    }
}
