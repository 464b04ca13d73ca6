package com.secutix.payments.cardvault.card.domain;

final class Text {

    private Text() {
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }
}
