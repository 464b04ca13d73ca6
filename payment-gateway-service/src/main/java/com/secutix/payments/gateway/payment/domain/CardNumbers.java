package com.secutix.payments.gateway.payment.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a full card number in free text, by the rule the platform's scans use: a
 * Luhn-valid run of 13 to 19 digits starting with 2 to 6, in one piece or in groups of at least three
 * digits separated by one space or dash, not glued to letters (so UUIDs and timestamps do not match).
 */
public final class CardNumbers {

    private static final Pattern DIGIT_RUN = Pattern.compile(
            "(?<![0-9A-Za-z])(?<!\\d[.,])\\d++(?:[ -]\\d++)*+(?![0-9A-Za-z])(?![.,]\\d)");
    private static final int SHORTEST_GROUP = 3;

    private CardNumbers() {
    }

    public static boolean appearIn(String text) {
        if (text == null) {
            return false;
        }
        Matcher matcher = DIGIT_RUN.matcher(text);
        while (matcher.find()) {
            if (isCardNumber(matcher.group())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCardNumber(String run) {
        String[] groups = run.split("[ -]");
        if (groups.length > 1 && java.util.Arrays.stream(groups).anyMatch(g -> g.length() < SHORTEST_GROUP)) {
            return false;
        }
        String digits = String.join("", groups);
        return digits.length() >= 13 && digits.length() <= 19 && digits.charAt(0) >= '2' && digits.charAt(0) <= '6'
                && luhnValid(digits);
    }

    static boolean luhnValid(String digits) {
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
        return sum % 10 == 0;
    }
}
