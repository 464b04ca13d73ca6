package com.secutix.payments.gateway.cardentry.domain;

import java.util.HexFormat;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The PSP alias a card entry stores the card under. We choose it, never the caller: 128 random bits as 32
 * upper-case hex digits, so an alias cannot be guessed. It can start charges, so it is a secret and never
 * appears in {@link #toString()}.
 */
public record CardAlias(String value) {

    public CardAlias {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an alias is required");
        }
    }

    public static CardAlias random(RandomGenerator secureRandom) {
        byte[] bits = new byte[16];
        secureRandom.nextBytes(bits);
        return new CardAlias(HexFormat.of().formatHex(bits).toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "CardAlias[***]";
    }
}
