package com.secutix.payments.pspsimulator.card.domain;

import java.time.YearMonth;
import java.util.Optional;

/** A card's expiry month, sent by Ogone as MMYY (MM/YY is tolerated). */
public record ExpiryDate(YearMonth month) {

    public static Optional<ExpiryDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replace("/", "").trim();
        if (!compact.matches("\\d{4}")) {
            return Optional.empty();
        }
        int monthOfYear = Integer.parseInt(compact.substring(0, 2));
        if (monthOfYear < 1 || monthOfYear > 12) {
            return Optional.empty();
        }
        return Optional.of(new ExpiryDate(YearMonth.of(2000 + Integer.parseInt(compact.substring(2)), monthOfYear)));
    }

    public boolean isPastAt(YearMonth now) {
        return month.isBefore(now);
    }

    /** MMYY */
    public String ogoneFormat() {
        return String.format("%02d%02d", month.getMonthValue(), month.getYear() % 100);
    }
}
