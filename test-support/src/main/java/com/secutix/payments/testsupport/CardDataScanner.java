package com.secutix.payments.testsupport;

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
 * <p>A card number is a Luhn-valid run of 13 to 19 digits, written in one piece or in groups of at
 * least three digits separated by one space or dash ({@code 4111 1111 1111 1111},
 * {@code 3782-822463-10005}), starting with 2 to 6 (the card networks' major industry identifiers),
 * and not glued to letters, so UUIDs, epoch timestamps (starting with 1), dates and decimals do
 * not match. A verification code is a 3- or 4-digit value of a field named like {@code CVC},
 * {@code cvv}, {@code cvv2}, {@code securityCode} ({@code CVC=123}, {@code "cvv":"123"}, {@code cvc: 123}).
 */
public final class CardDataScanner {

    private static final Pattern DIGIT_RUN = Pattern.compile(
            "(?<![0-9A-Za-z])(?<!\\d[.,])\\d++(?:[ -]\\d++)*+(?![0-9A-Za-z])(?![.,]\\d)");
    private static final Pattern VERIFICATION_CODE = Pattern.compile(
            "(?i)(?<![0-9a-z_])[\"']?(cvc2?|cvv2?|cvn|csc|security[_-]?code|card[_-]?verification[_-]?(?:code|value)?)"
                    + "[\"']?\\s*[:=]\\s*[\"']?(\\d{3,4})(?!\\d)");
    private static final Pattern RANDOM_IDENTIFIER = Pattern.compile(temporaryPath()
            + "|(?<![0-9A-Za-z])\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}(?![0-9A-Za-z])"
            + "|(?<![0-9A-Za-z])\\p{XDigit}{32}-\\p{XDigit}{16}(?![0-9A-Za-z])");
    private static final int SHORTEST_CARD = 13;
    private static final int LONGEST_CARD = 19;
    private static final int SHORTEST_GROUP = 3;

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

    /** Whether the digits pass the Luhn check (the check digit of payment card numbers). */
    public static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return !digits.isEmpty() && sum % 10 == 0;
    }

    private static void scanLine(String source, int line, String text, List<CardDataFinding> findings) {
        Matcher run = DIGIT_RUN.matcher(RANDOM_IDENTIFIER.matcher(text).replaceAll(" "));
        while (run.find()) {
            for (String number : cardNumbersIn(run.group().split("[ -]"))) {
                findings.add(new CardDataFinding(CardDataFinding.Kind.CARD_NUMBER, source, line, mask(number)));
            }
        }
        Matcher code = VERIFICATION_CODE.matcher(text);
        while (code.find()) {
            findings.add(new CardDataFinding(CardDataFinding.Kind.CARD_VERIFICATION_CODE, source, line,
                    code.group(1) + "=***"));
        }
    }

    /** Card numbers made of consecutive groups, longest first, never two overlapping. */
    private static List<String> cardNumbersIn(String[] groups) {
        List<String> numbers = new ArrayList<>();
        int start = 0;
        while (start < groups.length) {
            int end = longestCardEndingFrom(groups, start);
            if (end < 0) {
                start++;
            } else {
                numbers.add(String.join("", List.of(groups).subList(start, end + 1)));
                start = end + 1;
            }
        }
        return numbers;
    }

    private static int longestCardEndingFrom(String[] groups, int start) {
        int found = -1;
        StringBuilder digits = new StringBuilder();
        for (int end = start; end < groups.length; end++) {
            boolean grouped = start != end || groups.length > 1;
            if (grouped && groups[end].length() < SHORTEST_GROUP) {
                break;
            }
            digits.append(groups[end]);
            if (digits.length() > LONGEST_CARD) {
                break;
            }
            if (looksLikeCardNumber(digits)) {
                found = end;
            }
        }
        return found;
    }

    private static boolean looksLikeCardNumber(CharSequence digits) {
        char first = digits.charAt(0);
        return digits.length() >= SHORTEST_CARD && first >= '2' && first <= '6' && luhnValid(digits.toString());
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
