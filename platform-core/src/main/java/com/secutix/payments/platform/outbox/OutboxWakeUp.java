package com.secutix.payments.platform.outbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Tells this instance's relay that an outbox row was committed, so that it publishes at once instead of
 * at its next poll. {@link R2dbcOutbox} calls {@link #afterCommit()} inside the appending transaction: the
 * signal goes when that transaction commits, never before (a row the relay cannot see yet) and never on a
 * rollback. Rows committed by another instance, or a signal lost in a crash, are still found by the
 * relay's poll, which is therefore only the fallback and can be slow ({@code payments.outbox.poll-interval}).
 * Signals that come while the relay is busy are coalesced into one more round.
 */
public final class OutboxWakeUp {

    private final AtomicBoolean committedSinceLastRound = new AtomicBoolean();
    private final AtomicReference<Sinks.Empty<Void>> nextCommit = new AtomicReference<>(Sinks.empty());

    /** Signals the relay when the current reactive transaction commits; at once when there is none. */
    public Mono<Void> afterCommit() {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .doOnNext(transaction -> transaction.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public Mono<Void> afterCommit() {
                        return Mono.fromRunnable(OutboxWakeUp.this::committed);
                    }
                }))
                .onErrorResume(NoTransactionException.class, none -> Mono.fromRunnable(this::committed).then(Mono.empty()))
                .then();
    }

    /** A row was committed: the relay should run a round. */
    public void committed() {
        committedSinceLastRound.set(true);
        nextCommit.get().tryEmitEmpty();
    }

    /**
     * True at once when a row was committed since the last call, or at the next commit; false after
     * {@code poll} without a commit.
     */
    public Mono<Boolean> nextCommitOr(Duration poll) {
        return Mono.defer(() -> {
            Sinks.Empty<Void> next = Sinks.empty();
            nextCommit.set(next); // installed before the flag is read: a commit in between completes it
            if (committedSinceLastRound.getAndSet(false)) {
                return Mono.just(true);
            }
            return Mono.firstWithSignal(next.asMono().thenReturn(true), Mono.delay(poll).thenReturn(false));
        });
    }
}
