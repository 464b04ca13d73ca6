package com.secutix.payments.platform.web.attempts;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptWindowTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static AttemptWindow windowAt(Clock clock, Duration length) {
        return AttemptWindow.containing(clock.instant(), length);
    }

    @Test
    void an_hour_window_starts_on_the_hour_and_ends_an_hour_later() {
        AttemptWindow window = windowAt(at("2026-03-14T10:53:08Z"), HOUR);

        assertThat(window.start()).isEqualTo(Instant.parse("2026-03-14T10:00:00Z"));
        assertThat(window.end()).isEqualTo(Instant.parse("2026-03-14T11:00:00Z"));
    }

    @Test
    void the_first_instant_of_a_window_belongs_to_it_and_its_end_to_the_next() {
        assertThat(windowAt(at("2026-03-14T11:00:00Z"), HOUR).start()).isEqualTo(Instant.parse("2026-03-14T11:00:00Z"));
        assertThat(windowAt(at("2026-03-14T10:59:59.999Z"), HOUR).start()).isEqualTo(Instant.parse("2026-03-14T10:00:00Z"));
    }

    @Test
    void every_instant_of_a_window_computes_the_same_window() {
        Clock early = at("2026-03-14T10:00:01Z");
        Clock late = at("2026-03-14T10:59:58Z");

        assertThat(windowAt(early, HOUR)).isEqualTo(windowAt(late, HOUR));
    }

    @Test
    void windows_of_an_odd_length_are_aligned_on_multiples_of_it_since_the_epoch() {
        Duration sevenMinutes = Duration.ofMinutes(7);

        AttemptWindow window = windowAt(at("1970-01-01T00:15:00Z"), sevenMinutes);

        assertThat(window.start()).isEqualTo(Instant.parse("1970-01-01T00:14:00Z"));
        assertThat(window.end()).isEqualTo(Instant.parse("1970-01-01T00:21:00Z"));
    }

    @Test
    void the_time_left_is_what_remains_until_the_next_window() {
        Clock clock = at("2026-03-14T10:53:08Z");

        assertThat(windowAt(clock, HOUR).remainingAt(clock.instant())).isEqualTo(Duration.ofSeconds(412));
    }

    @Test
    void retry_after_is_rounded_up_to_whole_seconds_and_never_zero() {
        AttemptLimit limit = new AttemptLimit("payment-per-customer", "payment attempts for this customer", 5, HOUR);

        assertThat(new TooManyAttemptsException(limit, Duration.ofMillis(411_200)).retryAfterSeconds()).isEqualTo(412);
        assertThat(new TooManyAttemptsException(limit, Duration.ofSeconds(412)).retryAfterSeconds()).isEqualTo(412);
        assertThat(new TooManyAttemptsException(limit, Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
        assertThat(new TooManyAttemptsException(limit, Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void the_refusal_says_what_was_limited_and_when_to_come_back() {
        AttemptLimit limit = new AttemptLimit("payment-per-customer", "payment attempts for this customer", 5, HOUR);

        assertThat(new TooManyAttemptsException(limit, Duration.ofSeconds(412)).getMessage())
                .isEqualTo("Too many payment attempts for this customer; try again in 412 seconds.");
        assertThat(new TooManyAttemptsException(limit, Duration.ofMillis(300)).getMessage())
                .isEqualTo("Too many payment attempts for this customer; try again in 1 second.");
    }
}
