package com.secutix.payments.platform.outbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class OutboxWakeUpTest {

    private static final Duration POLL = Duration.ofMinutes(10);

    private static final Duration GATHER = Duration.ofMillis(20);

    private final OutboxWakeUp wakeUp = new OutboxWakeUp();

    @Test
    void with_no_commit_the_relay_waits_for_its_poll() {
        assertTheRelayWaitsForItsPoll(Duration.ZERO);
    }

    @Test
    void a_commit_while_the_relay_waits_ends_the_wait() {
        StepVerifier.withVirtualTime(() -> wakeUp.nextCommitOr(POLL, Duration.ZERO))
                .expectSubscription()
                .expectNoEvent(Duration.ofSeconds(3))
                .then(wakeUp::committed)
                .expectNext(true)
                .verifyComplete();
    }

    @Test
    void the_commit_that_ends_a_wait_starts_one_round_not_two() {
        StepVerifier.withVirtualTime(() -> wakeUp.nextCommitOr(POLL, Duration.ZERO))
                .expectSubscription()
                .then(wakeUp::committed)
                .expectNext(true)
                .verifyComplete();

        assertTheRelayWaitsForItsPoll(Duration.ZERO);
    }

    @Test
    void a_round_starts_a_gathering_after_the_commit_that_ends_the_wait_and_takes_the_commits_behind_it() {
        StepVerifier.withVirtualTime(() -> wakeUp.nextCommitOr(POLL, GATHER))
                .expectSubscription()
                .then(wakeUp::committed)
                .expectNoEvent(Duration.ofMillis(10))
                .then(wakeUp::committed)
                .expectNoEvent(Duration.ofMillis(9))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(true)
                .verifyComplete();

        assertTheRelayWaitsForItsPoll(GATHER);
    }

    @Test
    void a_commit_just_before_the_poll_is_due_still_starts_a_round_after_its_gathering() {
        StepVerifier.withVirtualTime(() -> wakeUp.nextCommitOr(POLL, GATHER))
                .expectSubscription()
                .expectNoEvent(POLL.minusMillis(5))
                .then(wakeUp::committed)
                .expectNoEvent(GATHER.minusMillis(1))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(true)
                .verifyComplete();

        assertTheRelayWaitsForItsPoll(GATHER);
    }

    @Test
    void commits_during_a_round_start_the_next_one_a_gathering_later() {
        wakeUp.committed();

        StepVerifier.withVirtualTime(() -> wakeUp.nextCommitOr(POLL, GATHER))
                .expectSubscription()
                .expectNoEvent(GATHER.minusMillis(1))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(true)
                .verifyComplete();
    }

    @Test
    void a_commit_during_a_round_starts_the_next_round_at_once() {
        wakeUp.committed();

        StepVerifier.withVirtualTime(() -> wakeUp.nextCommitOr(POLL, Duration.ZERO)).expectNext(true).verifyComplete();
    }

    @Test
    void many_commits_during_a_round_make_one_more_round_not_many() {
        wakeUp.committed();
        wakeUp.committed();
        wakeUp.committed();

        StepVerifier.withVirtualTime(() -> wakeUp.nextCommitOr(POLL, Duration.ZERO)).expectNext(true).verifyComplete();
        assertTheRelayWaitsForItsPoll(Duration.ZERO);
    }

    @Test
    void an_append_outside_any_transaction_signals_at_once() {
        StepVerifier.create(wakeUp.afterCommit()).verifyComplete();

        StepVerifier.withVirtualTime(() -> wakeUp.nextCommitOr(POLL, Duration.ZERO)).expectNext(true).verifyComplete();
    }

    private void assertTheRelayWaitsForItsPoll(Duration gather) {
        StepVerifier.withVirtualTime(() -> wakeUp.nextCommitOr(POLL, gather))
                .expectSubscription()
                .expectNoEvent(POLL.minusSeconds(1))
                .thenAwait(Duration.ofSeconds(1))
                .expectNext(false)
                .verifyComplete();
    }
}
