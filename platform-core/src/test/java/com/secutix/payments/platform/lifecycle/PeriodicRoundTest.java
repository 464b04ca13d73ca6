package com.secutix.payments.platform.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

class PeriodicRoundTest {

    @Test
    void a_failed_round_is_followed_by_the_next_one() {
        AtomicInteger rounds = new AtomicInteger();
        PeriodicRound round = PeriodicRound.of("a test round", Duration.ofMillis(20), () -> rounds.incrementAndGet() == 1
                ? Mono.error(new IllegalStateException("the database is away")) : Mono.just(rounds.get()));

        round.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() >= 3);
        } finally {
            round.stop();
        }
        assertThat(round.isRunning()).isFalse();
    }

    @Test
    void a_tick_that_comes_while_a_round_runs_is_skipped_not_queued() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger rounds = new AtomicInteger();
        PeriodicRound round = PeriodicRound.of("a slow round", Duration.ofMillis(10), () -> Mono.fromRunnable(() -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    rounds.incrementAndGet();
                }).then(Mono.delay(Duration.ofMillis(100))).doFinally(signal -> running.decrementAndGet()));

        round.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() >= 3);
        } finally {
            round.stop();
        }
        assertThat(mostAtOnce.get()).isEqualTo(1);
    }
}
