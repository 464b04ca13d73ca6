package com.secutix.payments.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's one rule for what a full card number (PAN) is, in a value or written in free text
 * (log lines, error details, dumps). Used by the log masking and by the card-data scan of the tests.
 *
 * <p>A card number is a run of 13 to 19 digits that starts with a card network's issuer prefix
 * ({@link #hasIssuerPrefix}: Visa 4, Mastercard 51–55 and 2221–2720, Mir 2200–2204, American
 * Express 34 and 37, Diners Club 30, 36, 38 and 39, JCB 35, Discover 6011, 644–649 and 65, UnionPay 62,
 * Maestro 50 and 56–69) and passes the Luhn check. So a PSP reference ({@code PAYID=3012345678}), an
 * epoch time (1…) or any other number that happens to pass the Luhn check but starts with 1, 7, 8,
 * 9, 0, 31, 32 or 33 is not a card number.
 *
 * <p>In text, a card number is written in one piece or in groups of 3 to 8 digits separated by one
 * space, dot, {@code +}, hyphen or {@code %20}, mixed or not ({@code 3782 822463 10005},
 * {@code 41111111 11111111}, {@code 4111.1111-1111 1111}, {@code 4111%201111%201111%201111}). It is
 * not glued to letters or digits (a percent escape such as {@code %3D} before it counts as a
 * separation), a number in one piece is not the integer or fractional part of a decimal
 * ({@code 0.4111111111111111}), and it is not part of a UUID or of a {@code traceId-spanId} pair,
 * whose hexadecimal groups may be all digits.
 */
public final class CardNumbers {

    public static final int SHORTEST = 13;
    public static final int LONGEST = 19;

    private static final String SEPARATOR = "(?:[ .+-]|%20)";
    private static final Pattern DIGIT_RUN = Pattern.compile(
            "(?:(?<![0-9A-Za-z%])|(?<=%\\p{XDigit}{2}))[0-9]++(?:" + SEPARATOR + "[0-9]++)*+(?![0-9A-Za-z])");
    private static final Pattern GROUP = Pattern.compile("[0-9]+");
    private static final Pattern IDENTIFIER = Pattern.compile(
            "(?<![0-9A-Za-z])\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}(?![0-9A-Za-z])"
                    + "|(?<![0-9A-Za-z])\\p{XDigit}{32}-\\p{XDigit}{16}(?![0-9A-Za-z])");
    private static final int SHORTEST_GROUP = 3;
    private static final int LONGEST_GROUP = 8;
    private static final int VISIBLE_DIGITS = 4;

    /** Issuer identification number ranges of the card networks, as prefixes of equal length. */
    private static final List<IssuerRange> ISSUER_RANGES = List.of(
            new IssuerRange("4", "4"),          // Visa
            new IssuerRange("51", "55"),        // Mastercard
            new IssuerRange("2221", "2720"),    // Mastercard 2-series
            new IssuerRange("2200", "2204"),    // Mir
            new IssuerRange("34", "34"),        // American Express
            new IssuerRange("37", "37"),        // American Express
            new IssuerRange("30", "30"),        // Diners Club (Carte Blanche 300-305, 3095)
            new IssuerRange("36", "36"),        // Diners Club International
            new IssuerRange("38", "39"),        // Diners Club (North America)
            new IssuerRange("35", "35"),        // JCB (3528-3589)
            new IssuerRange("6011", "6011"),    // Discover
            new IssuerRange("644", "649"),      // Discover
            new IssuerRange("65", "65"),        // Discover
            new IssuerRange("62", "62"),        // UnionPay
            new IssuerRange("50", "50"),        // Maestro
            new IssuerRange("56", "69"));       // Maestro (and the 6 ranges above)

    private CardNumbers() {
    }

    /** A card number found in text: its span {@code [start, end)} and its digits. */
    public record Occurrence(int start, int end, String digits) {
    }

    /** Whether the digits (nothing else) are a card number: 13–19 digits, an issuer prefix, the Luhn check. */
    public static boolean isCardNumber(CharSequence digits) {
        return digits != null && digits.length() >= SHORTEST && digits.length() <= LONGEST
                && allDigits(digits) && hasIssuerPrefix(digits) && isLuhnValid(digits);
    }

    /** Whether the digits start with the issuer identification number of a card network. */
    public static boolean hasIssuerPrefix(CharSequence digits) {
        return ISSUER_RANGES.stream().anyMatch(range -> range.includes(digits));
    }

    /** Whether the digits pass the Luhn check, the check digit of card numbers. */
    public static boolean isLuhnValid(CharSequence digits) {
        if (digits == null || digits.isEmpty()) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return false;
            }
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** Every card number written in the text, in order, never two overlapping. */
    public static List<Occurrence> findIn(String text) {
        if (text == null || !mayHoldACardNumber(text)) {
            return List.of();
        }
        List<int[]> identifiers = identifiersIn(text);
        List<Occurrence> found = new ArrayList<>();
        Matcher run = DIGIT_RUN.matcher(text);
        while (run.find()) {
            for (Occurrence occurrence : cardNumbersIn(text, groupsOf(run))) {
                if (identifiers.stream().noneMatch(span -> occurrence.start() < span[1] && span[0] < occurrence.end())) {
                    found.add(occurrence);
                }
            }
        }
        return found;
    }

    /** The text with every card number's digits but the last four replaced by {@code *}; separators stay. */
    public static String mask(String text) {
        List<Occurrence> occurrences = findIn(text);
        if (occurrences.isEmpty()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text);
        for (Occurrence occurrence : occurrences) {
            int digitsToHide = occurrence.digits().length() - VISIBLE_DIGITS;
            for (int i = occurrence.start(); i < occurrence.end() && digitsToHide > 0; i++) {
                if (text.startsWith("%20", i)) {
                    i += 2;
                } else if (isDigit(text.charAt(i))) {
                    masked.setCharAt(i, '*');
                    digitsToHide--;
                }
            }
        }
        return masked.toString();
    }

    /** The digit groups of a run, with their spans in the text. */
    private static List<int[]> groupsOf(Matcher run) {
        List<int[]> groups = new ArrayList<>();
        Matcher group = GROUP.matcher(run.group());
        int offset = run.start();
        while (group.find()) {
            // "%20" is a separator: its "20" is not a group of the number
            if (group.start() > 0 && run.group().charAt(group.start() - 1) == '%') {
                int afterEscape = group.start() + 2;
                if (afterEscape < group.end()) {
                    groups.add(new int[] {offset + afterEscape, offset + group.end()});
                }
            } else {
                groups.add(new int[] {offset + group.start(), offset + group.end()});
            }
        }
        return groups;
    }

    /** Card numbers made of consecutive groups, longest first from each group on, never two overlapping. */
    private static List<Occurrence> cardNumbersIn(String text, List<int[]> groups) {
        List<Occurrence> numbers = new ArrayList<>();
        int first = 0;
        while (first < groups.size()) {
            Occurrence longest = longestCardNumberFrom(text, groups, first);
            if (longest == null) {
                first++;
            } else {
                numbers.add(longest);
                while (first < groups.size() && groups.get(first)[0] < longest.end()) {
                    first++;
                }
            }
        }
        return numbers;
    }

    private static Occurrence longestCardNumberFrom(String text, List<int[]> groups, int first) {
        int[] alone = groups.get(first);
        Occurrence found = null;
        if (!isPartOfADecimal(text, alone[0], alone[1])) {
            found = occurrence(text, alone[0], alone[1], text.substring(alone[0], alone[1]));
        }
        StringBuilder digits = new StringBuilder();
        for (int last = first; last < groups.size(); last++) {
            int[] group = groups.get(last);
            int length = group[1] - group[0];
            if (length < SHORTEST_GROUP || length > LONGEST_GROUP) {
                break;
            }
            digits.append(text, group[0], group[1]);
            if (digits.length() > LONGEST) {
                break;
            }
            if (last > first) {
                Occurrence grouped = occurrence(text, alone[0], group[1], digits.toString());
                if (grouped != null) {
                    found = grouped;
                }
            }
        }
        return found;
    }

    private static Occurrence occurrence(String text, int start, int end, String digits) {
        return isCardNumber(digits) ? new Occurrence(start, end, digits) : null;
    }

    /** {@code 0.4111111111111111} or {@code 4111111111111111.25}: a number, not a card. */
    private static boolean isPartOfADecimal(String text, int start, int end) {
        boolean fractionalPart = start >= 2 && text.charAt(start - 1) == '.' && isDigit(text.charAt(start - 2));
        boolean integerPart = end + 1 < text.length() && text.charAt(end) == '.' && isDigit(text.charAt(end + 1));
        return fractionalPart || integerPart;
    }

    private static List<int[]> identifiersIn(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher identifier = IDENTIFIER.matcher(text);
        while (identifier.find()) {
            spans.add(new int[] {identifier.start(), identifier.end()});
        }
        return spans;
    }

    /**
     * Cheap pre-check, so that text that cannot hold a card number costs no regular expression: a card number is at
     * least {@link #SHORTEST} digits written in one span of digits and separators, so some stretch of digits, spaces,
     * dots, plus signs, hyphens and percent signs must hold that many digits. The two digits of a {@code %20} count too:
     * the check lets through some text without a card number, never text with one. An order reference, a URL with a
     * port or a browser's user agent, which most fields a payment carries are, stop here.
     */
    private static boolean mayHoldACardNumber(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                if (++digits == SHORTEST) {
                    return true;
                }
            } else if (c != ' ' && c != '.' && c != '+' && c != '-' && c != '%') {
                digits = 0;
            }
        }
        return false;
    }

    private static boolean allDigits(CharSequence text) {
        return text.chars().allMatch(CardNumbers::isDigit);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private record IssuerRange(String low, String high) {

        boolean includes(CharSequence digits) {
            if (digits.length() < low.length()) {
                return false;
            }
            String prefix = digits.subSequence(0, low.length()).toString();
            return prefix.compareTo(low) >= 0 && prefix.compareTo(high) <= 0;
        }
    }
}
