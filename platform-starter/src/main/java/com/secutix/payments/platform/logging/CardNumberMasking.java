package com.secutix.payments.platform.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Safety net for text that leaves a service (log lines, error details): hides every Luhn-valid run of
 * 13 to 19 digits, written in one piece or in groups of four separated by spaces or dashes, keeping
 * only the last four digits (PCI DSS 3.4.1).
 */
public final class CardNumberMasking {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![0-9])(?:[0-9]{13,19}|[0-9]{4}([ -])[0-9]{4}\\1[0-9]{4}\\1[0-9]{1,7})(?![0-9])");
    private static final int VISIBLE_DIGITS = 4;

    private CardNumberMasking() {
    }

    public static String mask(String text) {
        if (text == null || !mayContainCardNumber(text)) {
            return text;
        }
        Matcher matcher = CANDIDATE.matcher(text);
        StringBuilder masked = null;
        int copiedUpTo = 0;
        while (matcher.find()) {
            String candidate = matcher.group();
            String digits = candidate.replaceAll("[ -]", "");
            if (digits.length() < 13 || digits.length() > 19 || !isLuhnValid(digits)) {
                continue;
            }
            if (masked == null) {
                masked = new StringBuilder(text.length());
            }
            masked.append(text, copiedUpTo, matcher.start()).append(hideAllButLastFour(candidate));
            copiedUpTo = matcher.end();
        }
        if (masked == null) {
            return text;
        }
        return masked.append(text, copiedUpTo, text.length()).toString();
    }

    public static boolean isLuhnValid(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return false;
            }
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /** Cheap pre-check so that the common log line without long digit runs costs no regex. */
    private static boolean mayContainCardNumber(String text) {
        int digitsInARow = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digitsInARow >= 4) {
                    return true;
                }
            } else {
                digitsInARow = 0;
            }
        }
        return false;
    }

    private static String hideAllButLastFour(String candidate) {
        char[] chars = candidate.toCharArray();
        int digitsSeen = 0;
        for (int i = chars.length - 1; i >= 0; i--) {
            if (Character.isDigit(chars[i]) && ++digitsSeen > VISIBLE_DIGITS) {
                chars[i] = '*';
            }
        }
        return new String(chars);
    }
}
