package com.secutix.payments.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RateScheduleTest {

    @Test
    void spaces_the_intended_send_times_evenly_at_the_offered_rate() {
        RateSchedule schedule = new RateSchedule(200, Duration.ofSeconds(3));

        assertThat(schedule.requests()).isEqualTo(600);
        assertThat(schedule.intendedOffsetNanos(0)).isZero();
        assertThat(schedule.intendedOffsetNanos(1)).isEqualTo(5_000_000);
        assertThat(schedule.intendedOffsetNanos(599)).isEqualTo(2_995_000_000L);
    }

    @Test
    void sends_at_least_one_request_however_short_the_step() {
        assertThat(new RateSchedule(0.5, Duration.ofMillis(100)).requests()).isEqualTo(1);
    }

    @Test
    void refuses_a_rate_or_a_duration_that_is_not_positive() {
        assertThatThrownBy(() -> new RateSchedule(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateSchedule(10, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void steps_the_offered_rate_up_geometrically_to_the_highest_allowed() {
        assertThat(RateSteps.geometric(20, 1.5, 100)).containsExactly(20.0, 30.0, 45.0, 68.0);
    }

    @Test
    void sustains_a_step_only_with_every_answer_right_nearly_all_the_rate_achieved_and_p99_within_the_slo() {
        StepResult good = new StepResult("P-pay", 100, 5, 500, 500, 0, 0, 2_000, 40_000, 60_000, Optional.empty());
        StepResult oneError = new StepResult("P-pay", 100, 5, 500, 499, 1, 0, 2_000, 40_000, 60_000, Optional.of("status 500"));
        StepResult oneDropped = new StepResult("P-pay", 100, 5, 499, 499, 0, 1, 2_000, 40_000, 60_000, Optional.empty());
        StepResult slow = new StepResult("P-pay", 100, 5, 500, 500, 0, 0, 2_000, 600_000, 900_000, Optional.empty());
        StepResult behind = new StepResult("P-pay", 100, 6, 500, 500, 0, 0, 2_000, 40_000, 60_000, Optional.empty());

        assertThat(good.sustained(500_000)).isTrue();
        assertThat(oneError.sustained(500_000)).isFalse();
        assertThat(oneDropped.sustained(500_000)).isFalse();
        assertThat(slow.sustained(500_000)).isFalse();
        assertThat(behind.achievedPerSecond()).isLessThan(95);
        assertThat(behind.sustained(500_000)).isFalse();
    }
}
