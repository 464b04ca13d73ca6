package com.secutix.payments.testsupport;

import com.secutix.payments.events.CardNumbers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds card numbers and card verification codes in text (logs, Kafka dumps, database dumps), so
 * a test can prove that none leaked.
 *
 * <p>A card number is what the platform's one rule says ({@link CardNumbers}, the rule the log masking
 * applies): 13 to 19 digits with a card network's issuer prefix that pass the Luhn check, in one piece
 * or in groups separated by spaces, dots, {@code +}, hyphens or {@code %20} ({@code 4111 1111 1111 1111},
 * {@code 3782-822463-10005}, {@code 4111%201111%201111%201111}), not glued to letters, so UUIDs,
 * trace ids, PSP references ({@code PAYID=3012345678}), epoch timestamps, dates and decimals do not
 * match. Numbers in temporary paths (the random names of embedded Kafka's directories) are not
 * looked at either. A verification code is a 3- or 4-digit value of a field named like {@code CVC},
 * {@code cvv}, {@code cvv2}, {@code securityCode} ({@code CVC=123}, {@code "cvv":"123"}, {@code cvc: 123}).
 */
public final class CardDataScanner {

    private static final Pattern VERIFICATION_CODE = Pattern.compile(
            "(?i)(?<![0-9a-z_])[\"']?(cvc2?|cvv2?|cvn|csc|security[_-]?code|card[_-]?verification[_-]?(?:code|value)?)"
                    + "[\"']?\\s*[:=]\\s*[\"']?(\\d{3,4})(?!\\d)");
    private static final Pattern TEMPORARY_PATH = Pattern.compile(temporaryPath());

    private CardDataScanner() {
    }

    public static List<CardDataFinding> scan(String text) {
        return scan("text", text);
    }

    /** {@code source} names where the text comes from, in the findings. */
    public static List<CardDataFinding> scan(String source, String text) {
        List<CardDataFinding> findings = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            scanLine(source, i + 1, lines[i], findings);
        }
        return findings;
    }

    /**
     * Scans every regular file under {@code root} whose path relative to root, or whose name,
     * matches {@code glob} (e.g. {@code "**}{@code /*.log"}, {@code "kafka-topics-dump.txt"}).
     */
    public static List<CardDataFinding> scanFiles(Path root, String glob) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> matcher.matches(root.relativize(file)) || matcher.matches(file.getFileName()))
                    .sorted()
                    .flatMap(file -> scan(root.relativize(file).toString(), read(file)).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void scanLine(String source, int line, String text, List<CardDataFinding> findings) {
        for (CardNumbers.Occurrence number : CardNumbers.findIn(withoutTemporaryPaths(text))) {
            findings.add(new CardDataFinding(CardDataFinding.Kind.CARD_NUMBER, source, line, mask(number.digits())));
        }
        Matcher code = VERIFICATION_CODE.matcher(text);
        while (code.find()) {
            findings.add(new CardDataFinding(CardDataFinding.Kind.CARD_VERIFICATION_CODE, source, line,
                    code.group(1) + "=***"));
        }
    }

    /** The text with its temporary paths blanked out, so positions stay the same. */
    private static String withoutTemporaryPaths(String text) {
        Matcher path = TEMPORARY_PATH.matcher(text);
        if (!path.find()) {
            return text;
        }
        StringBuilder blanked = new StringBuilder(text);
        do {
            for (int i = path.start(); i < path.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        } while (path.find());
        return blanked.toString();
    }

    private static String temporaryPath() {
        String temporaryDirectory = System.getProperty("java.io.tmpdir", "/tmp").replaceAll("[/\\\\]+$", "");
        return "(?<![\\w.])(?:/tmp|/var/tmp|" + Pattern.quote(temporaryDirectory) + ")[/\\\\]\\S*";
    }

    private static String mask(String number) {
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
