package com.secutix.payments.pspsimulator.card.domain;

import java.util.Optional;

/** A full card number. It never leaves the simulator's memory: {@link #toString()} shows the masked form. */
public record CardNumber(String digits) {

    public CardNumber {
        if (digits == null || !digits.matches("\\d{12,19}")) {
            throw new IllegalArgumentException("a card number has 12 to 19 digits");
        }
    }

    public boolean passesLuhn() {
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

    public Optional<Brand> brand() {
        return Brand.of(digits);
    }

    /** As Ogone shows it: every digit but the last four replaced by X. */
    public String masked() {
        return "X".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
    }

    public CardBehaviour behaviour() {
        return CardBehaviour.of(digits);
    }

    @Override
    public String toString() {
        return masked();
    }
}
