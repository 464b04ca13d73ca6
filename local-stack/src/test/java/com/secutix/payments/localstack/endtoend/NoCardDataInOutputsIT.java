package com.secutix.payments.localstack.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.secutix.payments.testsupport.CardDataFinding;
import com.secutix.payments.testsupport.CardDataScanner;

/**
 * Runs after {@link FirstFlowIT} (failsafe's alphabetical order) and proves that no card number and
 * no verification code reached what the platform wrote: every module's test output and Kafka topics
 * dump, and the local stack's logs of the first flow (which posted a real test card to the PSP).
 */
class NoCardDataInOutputsIT {

    private static final List<String> SCANNED = List.of(
            "*/target/surefire-reports/*-output.txt",
            "*/target/failsafe-reports/*-output.txt",
            "*/target/kafka-topics-dump*.txt",
            "local-stack-data/logs/*.log");
    private static final List<String> STACK_LOGS = List.of("psp-simulator.log", "payment-gateway.log", "card-vault.log",
            "installment.log", "refund.log", "checkout-bff.log", "postgres.log");
    private static final long NON_TRIVIAL_BYTES = 100_000;

    private static final Path ROOT = RepositoryRoot.path();
    private static final List<ScannedFile> files = new ArrayList<>();

    record ScannedFile(Path path, long bytes, List<CardDataFinding> findings) {
    }

    @BeforeAll
    static void scanTheOutputs() {
        List<PathMatcher> matchers = SCANNED.stream()
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
        try (Stream<Path> tree = Files.walk(ROOT)) {
            tree.filter(Files::isRegularFile)
                    .map(ROOT::relativize)
                    .filter(path -> matchers.stream().anyMatch(matcher -> matcher.matches(path)))
                    .sorted()
                    .forEach(path -> files.add(scan(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long bytes = files.stream().mapToLong(ScannedFile::bytes).sum();
        System.out.printf("[NoCardDataInOutputsIT] scanned %d files, %d bytes%n", files.size(), bytes);
    }

    @Test
    void finds_no_card_number_and_no_verification_code_in_any_output() {
        List<CardDataFinding> findings = files.stream().flatMap(file -> file.findings().stream()).toList();

        assertThat(findings).as("card data in the platform's outputs (masked)").isEmpty();
    }

    @Test
    void scanned_the_local_stack_logs_of_the_first_flow() {
        List<String> logs = scannedUnder("local-stack-data/logs").stream().map(file -> file.path().getFileName().toString())
                .toList();

        assertThat(logs).containsAll(STACK_LOGS);
        assertThat(bytesOf("local-stack-data/logs/payment-gateway.log")).isPositive();
        assertThat(bytesOf("local-stack-data/logs/card-vault.log")).isPositive();
        assertThat(bytesOf("local-stack-data/logs/psp-simulator.log")).isPositive();
    }

    @Test
    void scanned_test_outputs_and_kafka_dumps_of_the_modules() {
        assertThat(files.stream().filter(file -> file.path().getFileName().toString().startsWith("kafka-topics-dump")))
                .as("Kafka topics dumps").isNotEmpty();
        assertThat(files.stream().filter(file -> file.path().getFileName().toString().endsWith("-output.txt")))
                .as("test outputs").isNotEmpty();
        assertThat(files.stream().mapToLong(ScannedFile::bytes).sum()).isGreaterThan(NON_TRIVIAL_BYTES);
    }

    private static ScannedFile scan(Path relative) {
        try {
            byte[] content = Files.readAllBytes(ROOT.resolve(relative));
            String text = new String(content, StandardCharsets.UTF_8);
            return new ScannedFile(relative, content.length, CardDataScanner.scan(relative.toString(), text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ScannedFile> scannedUnder(String folder) {
        return files.stream().filter(file -> file.path().startsWith(folder)).toList();
    }

    private static long bytesOf(String path) {
        return files.stream().filter(file -> file.path().equals(Path.of(path))).mapToLong(ScannedFile::bytes).sum();
    }
}
