package com.secutix.payments.platform.web.attempts;

import java.time.Duration;
import java.time.Instant;

/**
 * A fixed counting window {@code [start, end)}. Windows of one length are aligned on multiples of that
 * length since the epoch, so every instance of a service counts in the same window without talking to
 * the others. The price of fixed windows: a burst at the end of one window and the start of the next can
 * reach twice the limit in a short time; never more than the limit within one window.
 */
record AttemptWindow(Instant start, Instant end) {

    static AttemptWindow containing(Instant instant, Duration length) {
        long lengthMillis = length.toMillis();
        Instant start = Instant.ofEpochMilli(Math.floorDiv(instant.toEpochMilli(), lengthMillis) * lengthMillis);
        return new AttemptWindow(start, start.plus(length));
    }

    /** How long until the next window starts, seen at {@code instant} (inside this window). */
    Duration remainingAt(Instant instant) {
        return Duration.between(instant, end);
    }
}
