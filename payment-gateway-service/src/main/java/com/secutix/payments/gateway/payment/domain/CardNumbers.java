package com.secutix.payments.gateway.payment.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds what looks like a full card number (a Luhn-valid run of 13 to 19 digits) in free text. */
public final class CardNumbers {

    private static final Pattern DIGIT_RUN = Pattern.compile("(?:\\d[ -]?){13,19}");

    private CardNumbers() {
    }

    public static boolean appearIn(String text) {
        if (text == null) {
            return false;
        }
        Matcher matcher = DIGIT_RUN.matcher(text);
        while (matcher.find()) {
            String digits = matcher.group().replaceAll("[ -]", "");
            for (int length = 13; length <= digits.length(); length++) {
                for (int start = 0; start + length <= digits.length(); start++) {
                    if (luhnValid(digits.substring(start, start + length))) {
                        return true;
                    }
                }
            }
        }
        return false;
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
