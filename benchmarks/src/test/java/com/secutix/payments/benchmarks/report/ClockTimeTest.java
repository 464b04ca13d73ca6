package com.secutix.payments.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClockTimeTest {

    @Test
    void a_time_of_day_on_the_minute_keeps_its_seconds() {
        assertThat(ClockTime.toSecond(Instant.parse("2026-12-07T12:15:00.399Z"))).isEqualTo("12:15:00");
        assertThat(ClockTime.toMillisecond(Instant.parse("2026-12-07T12:15:00Z"))).isEqualTo("12:15:00.000");
        assertThat(ClockTime.toMillisecond(Instant.parse("2026-12-07T09:03:04.5678Z"))).isEqualTo("09:03:04.567");
    }
}
