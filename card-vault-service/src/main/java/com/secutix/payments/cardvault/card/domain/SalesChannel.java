package com.secutix.payments.cardvault.card.domain;

import java.util.Arrays;
import java.util.Locale;

/** Where the buyer was when the card was saved; card policies (e.g. CVV re-entry) differ per channel. */
public enum SalesChannel {
    WEB,
    MOBILE,
    CALL_CENTRE,
    BOX_OFFICE;

    /** Reads a channel name in any case, with {@code -} or {@code _} between words. */
    public static SalesChannel named(String name) {
        String normalised = Text.required(name, "sales channel").toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values())
                .filter(channel -> channel.name().equals(normalised))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown sales channel: " + name));
    }
}
