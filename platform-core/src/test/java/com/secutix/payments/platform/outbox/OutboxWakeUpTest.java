package com.secutix.payments.platform.outbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class OutboxWakeUpTest {

    private static final Duration POLL = Duration.ofMinutes(10);

    private final OutboxWakeUp wakeUp = new OutboxWakeUp();

    @Test
    void with_no_commit_the_relay_waits_for_its_poll() {
        StepVerifier.withVirtualTime(() -> wakeUp.nextCommitOr(POLL))
                .expectSubscription()
                .expectNoEvent(POLL.minusSeconds(1))
                .thenAwait(Duration.ofSeconds(1))
                .expectNext(false)
                .verifyComplete();
    }

    @Test
    void a_commit_while_the_relay_waits_ends_the_wait() {
        StepVerifier.withVirtualTime(() -> wakeUp.nextCommitOr(POLL))
                .expectSubscription()
                .expectNoEvent(Duration.ofSeconds(3))
                .then(wakeUp::committed)
                .expectNext(true)
                .verifyComplete();
    }

    @Test
    void a_commit_during_a_round_starts_the_next_round_at_once() {
        wakeUp.committed();

        StepVerifier.withVirtualTime(() -> wakeUp.nextCommitOr(POLL)).expectNext(true).verifyComplete();
    }

    @Test
    void many_commits_during_a_round_make_one_more_round_not_many() {
        wakeUp.committed();
        wakeUp.committed();
        wakeUp.committed();

        StepVerifier.withVirtualTime(() -> wakeUp.nextCommitOr(POLL)).expectNext(true).verifyComplete();
        StepVerifier.withVirtualTime(() -> wakeUp.nextCommitOr(POLL))
                .expectSubscription()
                .expectNoEvent(POLL.minusSeconds(1))
                .thenAwait(Duration.ofSeconds(1))
                .expectNext(false)
                .verifyComplete();
    }

    @Test
    void an_append_outside_any_transaction_signals_at_once() {
        StepVerifier.create(wakeUp.afterCommit()).verifyComplete();

        StepVerifier.withVirtualTime(() -> wakeUp.nextCommitOr(POLL)).expectNext(true).verifyComplete();
    }
}
