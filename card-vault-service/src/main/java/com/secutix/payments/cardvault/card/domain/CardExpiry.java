package com.secutix.payments.cardvault.card.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** The month a card expires; the card stays valid until the last day of that month. */
public record CardExpiry(YearMonth month) {

    private static final DateTimeFormatter MM_YY = DateTimeFormatter.ofPattern("MM/yy");

    public CardExpiry {
        Objects.requireNonNull(month, "expiry month");
    }

    /** Reads the {@code MM/YY} form used on cards and in events. */
    public static CardExpiry parse(String mmYy) {
        String text = Text.required(mmYy, "card expiry");
        if (!text.matches("(0[1-9]|1[0-2])/[0-9]{2}")) {
            throw new IllegalArgumentException("card expiry must be MM/YY");
        }
        try {
            return new CardExpiry(YearMonth.parse(text, MM_YY));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("card expiry must be MM/YY", e);
        }
    }

    public boolean isExpiredOn(LocalDate day) {
        return YearMonth.from(day).isAfter(month);
    }

    public String toMmYy() {
        return month.format(MM_YY);
    }

    @Override
    public String toString() {
        return toMmYy();
    }
}
