package com.secutix.payments.platform.outbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.secutix.payments.platform.write.AfterCommit;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Tells this instance's relay that an outbox row was committed, so that it publishes it soon (after a short
 * gathering of the commits right behind it) instead of at its next poll. {@link R2dbcOutbox} calls
 * {@link #afterCommit()} inside the appending transaction: the signal goes when that transaction commits, never
 * before (a row the relay cannot see yet) and never on a rollback. Rows committed by another instance, or a signal lost in a crash, are still found by the
 * relay's poll, which is therefore only the fallback and can be slow ({@code payments.outbox.poll-interval}).
 * Signals that come while the relay is busy, or while a round gathers, are coalesced into one round.
 */
public final class OutboxWakeUp {

    private final AtomicBoolean committedSinceLastRound = new AtomicBoolean();
    private final AtomicReference<Sinks.Empty<Void>> nextCommit = new AtomicReference<>(Sinks.empty());

    /** Signals the relay when the current reactive transaction commits; at once when there is none. */
    public Mono<Void> afterCommit() {
        return AfterCommit.run(this::committed);
    }

    /** A row was committed: the relay should run a round. */
    public void committed() {
        committedSinceLastRound.set(true);
        nextCommit.get().tryEmitEmpty();
    }

    /**
     * True when a round should start: {@code gather} after the first commit since the last round started (at once
     * when there is nothing to gather), so that the commits right behind it join its batch; false after {@code poll}
     * without a commit.
     */
    public Mono<Boolean> nextCommitOr(Duration poll, Duration gather) {
        return Mono.defer(() -> {
            Sinks.Empty<Void> next = Sinks.empty();
            nextCommit.set(next); // installed before the flag is read: a commit in between completes it
            if (committedSinceLastRound.get()) {
                return roundAfter(gather);
            }
            return Mono.firstWithSignal(next.asMono().thenReturn(true), Mono.delay(poll).thenReturn(false))
                    .flatMap(woken -> woken ? roundAfter(gather) : Mono.just(false));
        });
    }

    /**
     * True after {@code gather}. The flag is cleared as the round starts: every commit before that is the round's to
     * publish, so only a commit after it runs one more round (left set, every round would be followed by an empty one).
     */
    private Mono<Boolean> roundAfter(Duration gather) {
        Mono<Boolean> roundStarts = Mono.fromCallable(() -> {
            committedSinceLastRound.set(false);
            return true;
        });
        return gather.isZero() ? roundStarts : Mono.delay(gather).then(roundStarts);
    }
}
