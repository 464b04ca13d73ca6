package com.secutix.payments.testsupport;

/**
 * Card data found in text. {@code masked} never holds the whole value: a card number keeps its
 * first six and last four digits, a verification code only its field name.
 */
public record CardDataFinding(Kind kind, String source, int line, String masked) {

    public enum Kind {
        CARD_NUMBER,
        CARD_VERIFICATION_CODE
    }

    @Override
    public String toString() {
        return kind + " " + masked + " at " + source + ":" + line;
    }
}
