package com.secutix.payments.benchmarks.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times of day in UTC as the console and the report show them, always with their seconds ({@code 12:15:00}). */
public final class ClockTime {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MILLISECONDS = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private ClockTime() {
    }

    public static String toSecond(Instant instant) {
        return SECONDS.format(instant);
    }

    public static String toMillisecond(Instant instant) {
        return MILLISECONDS.format(instant);
    }
}
