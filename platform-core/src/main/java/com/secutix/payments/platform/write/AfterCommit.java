package com.secutix.payments.platform.write;

import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/**
 * Work that must follow what a reactive transaction wrote: run once the current transaction commits (never on a
 * rollback, never before its rows are visible to others), or at once when there is no transaction.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Registers {@code action} to run after the current transaction's commit; runs it now outside any transaction. */
    public static Mono<Void> run(Runnable action) {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .doOnNext(transaction -> transaction.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public Mono<Void> afterCommit() {
                        return Mono.fromRunnable(action);
                    }
                }))
                .onErrorResume(NoTransactionException.class, none -> Mono.fromRunnable(action).then(Mono.empty()))
                .then();
    }
}
