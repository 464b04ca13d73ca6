package com.secutix.payments.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class StepUpTest {

    private static final long SLO_MICROS = 500_000;

    /** A target that answers every step up to {@code capacity} requests a second within the SLO, and none above. */
    private static StepRunner saturatingAt(double capacity) {
        return (target, schedule) -> {
            double rate = schedule.requests() / 6.0;
            long p99 = rate <= capacity ? 20_000 : 900_000;
            return new StepResult(target.name(), rate, 6, schedule.requests(), schedule.requests(), 0, 0, 10_000, p99, p99,
                    Optional.empty());
        };
    }

    private static final Target ANY = named("P-pay");

    private static Target named(String name) {
        return new Target() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HttpRequest request(long index) {
                throw new UnsupportedOperationException("not sent");
            }

            @Override
            public String problemWith(Answer answer) {
                return null;
            }
        };
    }

    private static StepUp.Curve stepUp(double capacity) {
        return stepUp(saturatingAt(capacity));
    }

    private static StepUp.Curve stepUp(StepRunner runner) {
        return new StepUp(runner, Duration.ofSeconds(6), SLO_MICROS, Duration.ZERO, () -> { })
                .run(ANY, RateSteps.geometric(20, 1.3, 2000), step -> { });
    }

    /** The target of {@link #saturatingAt}, stalled the first time it is offered {@code stalledRate}. */
    private static StepRunner stalledOnceAt(double stalledRate, double capacity) {
        StepRunner saturating = saturatingAt(capacity);
        AtomicBoolean stalled = new AtomicBoolean();
        return (target, schedule) -> {
            StepResult step = saturating.run(target, schedule);
            if (step.offeredPerSecond() == stalledRate && stalled.compareAndSet(false, true)) {
                return new StepResult(step.target(), step.offeredPerSecond(), step.seconds(), step.sent(), step.ok(), 0, 0,
                        step.p50Micros(), 2_000_000, 2_000_000, Optional.empty());
            }
            return step;
        };
    }

    @Test
    void narrows_the_maximum_between_two_steps_to_a_few_percent() {
        StepUp.Curve curve = stepUp(105);

        // 97 sustained and 125 not, twice; then 110 (not, twice), then 103 (sustained)
        assertThat(curve.maxSustainedPerSecond()).isEqualTo(103);
        assertThat(curve.steps()).extracting(StepResult::offeredPerSecond).containsExactly(20.0, 26.0, 34.0, 44.0, 57.0, 74.0,
                97.0, 125.0, 125.0, 110.0, 110.0, 103.0);
    }

    @Test
    void tells_apart_two_targets_whose_capacities_differ_by_less_than_a_step() {
        double direct = stepUp(120).maxSustainedPerSecond();
        double throughTheBff = stepUp(100).maxSustainedPerSecond();

        assertThat(throughTheBff / direct).isBetween(0.8, 0.95);
    }

    @Test
    void shows_the_steps_of_a_curve_by_offered_rate() {
        List<Double> rates = stepUp(110).byRate().stream().map(StepResult::offeredPerSecond).toList();

        assertThat(rates).isSorted().hasSize(12);
    }

    @Test
    void a_step_stalled_once_is_tried_again_and_does_not_end_the_step_up() {
        StepUp.Curve curve = stepUp(stalledOnceAt(57, 105));

        assertThat(curve.maxSustainedPerSecond()).isEqualTo(103);
        assertThat(curve.steps()).extracting(StepResult::offeredPerSecond).containsExactly(20.0, 26.0, 34.0, 44.0, 57.0, 57.0,
                74.0, 97.0, 125.0, 125.0, 110.0, 110.0, 103.0);
    }

    @Test
    void a_bisection_step_stalled_once_is_tried_again_before_it_lowers_the_maximum() {
        StepUp.Curve curve = stepUp(stalledOnceAt(110, 115));

        assertThat(curve.maxSustainedPerSecond()).isEqualTo(110);
        assertThat(curve.steps()).extracting(StepResult::offeredPerSecond).containsExactly(20.0, 26.0, 34.0, 44.0, 57.0, 74.0,
                97.0, 125.0, 125.0, 110.0, 110.0, 117.0, 117.0);
    }

    @Test
    void stalls_beyond_the_retries_of_a_curve_count_as_not_sustained() {
        StepRunner saturating = saturatingAt(105);
        Set<Double> tried = new HashSet<>();
        StepRunner stallingEachRateOnceFrom26 = (target, schedule) -> {
            StepResult step = saturating.run(target, schedule);
            if (step.offeredPerSecond() >= 26 && tried.add(step.offeredPerSecond())) {
                return new StepResult(step.target(), step.offeredPerSecond(), step.seconds(), step.sent(), step.ok(), 0, 0,
                        step.p50Micros(), 2_000_000, 2_000_000, Optional.empty());
            }
            return step;
        };

        StepUp.Curve curve = stepUp(stallingEachRateOnceFrom26);

        // 26, 34 and 44 pass at their second try; 57, then 50 and 47 (the bisections) have no retry left
        assertThat(curve.maxSustainedPerSecond()).isEqualTo(44);
        assertThat(curve.steps()).extracting(StepResult::offeredPerSecond).containsExactly(20.0, 26.0, 26.0, 34.0, 34.0,
                44.0, 44.0, 57.0, 50.0, 47.0);
    }

    @Test
    void a_payment_rate_whose_events_the_vault_does_not_keep_up_with_is_not_sustained() {
        StepRunner answersUpTo105 = saturatingAt(105);
        StepRunner vaultDrainingUpTo80 = (target, schedule) -> {
            StepResult step = answersUpTo105.run(target, schedule);
            return step.withEventsDrainedMicros(step.offeredPerSecond() <= 80 ? 60_000 : 4_000_000);
        };

        StepUp.Curve curve = stepUp(vaultDrainingUpTo80);

        // 74 sustained, 97 not (twice, its events still draining after 4 s); then 85 (not, twice), then 79
        assertThat(curve.maxSustainedPerSecond()).isEqualTo(79);
        assertThat(curve.steps()).filteredOn(step -> step.offeredPerSecond() > 80)
                .allSatisfy(step -> assertThat(step.p99Micros()).as("its answers were within the SLO").isLessThan(SLO_MICROS));
    }

    private static final Target DIRECT = named("P-pay");
    private static final Target THROUGH_THE_BFF = named("P-pay-bo");

    /** P-pay saturating at {@code direct} requests a second, P-pay-bo at {@code throughTheBff}. */
    private static StepRunner saturatingAt(double direct, double throughTheBff) {
        StepRunner directRunner = saturatingAt(direct);
        StepRunner bffRunner = saturatingAt(throughTheBff);
        return (target, schedule) -> (target == DIRECT ? directRunner : bffRunner).run(target, schedule);
    }

    @Test
    void steps_two_targets_up_side_by_side_each_to_the_maximum_it_has_alone() {
        StepRunner both = saturatingAt(120, 100);
        List<String> order = new ArrayList<>();

        List<StepUp.Curve> curves = new StepUp(both, Duration.ofSeconds(6), SLO_MICROS, Duration.ZERO, () -> { })
                .sideBySide(DIRECT, THROUGH_THE_BFF, RateSteps.geometric(20, 1.3, 2000),
                        step -> order.add(step.target() + " " + Math.round(step.offeredPerSecond())));

        assertThat(curves).extracting(StepUp.Curve::target).containsExactly("P-pay", "P-pay-bo");
        assertThat(curves.get(0).maxSustainedPerSecond()).isEqualTo(stepUp(120).maxSustainedPerSecond());
        assertThat(curves.get(1).maxSustainedPerSecond()).isEqualTo(stepUp(100).maxSustainedPerSecond());
        assertThat(curves.get(0).steps()).hasSameSizeAs(stepUp(120).steps());
        assertThat(order).startsWith("P-pay 20", "P-pay-bo 20", "P-pay 26", "P-pay-bo 26", "P-pay 34", "P-pay-bo 34");
        assertThat(order).hasSize(curves.get(0).steps().size() + curves.get(1).steps().size());
    }

    @Test
    void side_by_side_a_step_after_the_other_targets_step_not_sustained_comes_after_a_recovery() {
        StepRunner directUpTo140BffUpTo100 = saturatingAt(140, 100);
        List<Long> endedAt = new ArrayList<>();
        List<Long> startedAt = new ArrayList<>();
        List<StepResult> ran = new ArrayList<>();
        StepRunner both = (target, schedule) -> {
            startedAt.add(System.nanoTime());
            StepResult step = directUpTo140BffUpTo100.run(target, schedule);
            endedAt.add(System.nanoTime());
            ran.add(step);
            return step;
        };
        Duration recovery = Duration.ofMillis(50);
        List<Integer> overloadsCleared = new ArrayList<>();

        new StepUp(both, Duration.ofSeconds(6), SLO_MICROS, recovery, () -> overloadsCleared.add(ran.size()))
                .sideBySide(DIRECT, THROUGH_THE_BFF, RateSteps.geometric(20, 1.3, 2000), step -> { });

        // P-pay-bo's 125 is not sustained: P-pay's next step (its own 163) waits for the stack to recover first, and
        // the recovery began by clearing what the overload left
        int bffAt125 = indexOf(ran, "P-pay-bo", 125);
        assertThat(ran.get(bffAt125 + 1).target()).isEqualTo("P-pay");
        assertThat(startedAt.get(bffAt125 + 1) - endedAt.get(bffAt125)).isGreaterThanOrEqualTo(recovery.toNanos());
        assertThat(overloadsCleared).contains(bffAt125 + 1);
    }

    private static int indexOf(List<StepResult> steps, String target, double rate) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).target().equals(target) && steps.get(i).offeredPerSecond() == rate) {
                return i;
            }
        }
        throw new AssertionError(target + " was not offered " + rate);
    }

    @Test
    void does_not_refine_when_the_first_step_is_not_sustained() {
        StepUp.Curve curve = stepUp(5);

        assertThat(curve.maxSustainedPerSecond()).isZero();
        assertThat(curve.steps()).as("the first step is not tried again").hasSize(1);
    }
}
