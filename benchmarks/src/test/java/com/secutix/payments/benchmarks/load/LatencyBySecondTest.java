package com.secutix.payments.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LatencyBySecondTest {

    private static final Instant START = Instant.parse("2026-12-07T11:38:26Z");

    @Test
    void answers_are_counted_in_the_second_they_were_meant_to_be_sent_with_the_slow_ones_and_the_slowest() {
        LatencyBySecond bySecond = new LatencyBySecond(START, Duration.ofSeconds(3), 50_000);

        bySecond.record(100_000_000L, 8_000);
        bySecond.record(900_000_000L, 12_000);
        bySecond.record(1_200_000_000L, 620_000);
        bySecond.record(1_300_000_000L, 51_000);
        bySecond.record(1_400_000_000L, 50_000);

        assertThat(bySecond.seconds()).containsExactly(
                new LatencyBySecond.Second(START, 2, 0, 12_000),
                new LatencyBySecond.Second(START.plusSeconds(1), 3, 2, 620_000),
                new LatencyBySecond.Second(START.plusSeconds(2), 0, 0, 0));
    }

    @Test
    void a_request_meant_for_after_the_window_counts_in_its_last_second() {
        LatencyBySecond bySecond = new LatencyBySecond(START, Duration.ofMillis(1500), 50_000);

        bySecond.record(2_700_000_000L, 9_000);

        assertThat(bySecond.seconds()).hasSize(2);
        assertThat(bySecond.seconds().get(1).answers()).isEqualTo(1);
    }
}
