package com.secutix.payments.cardvault.card.application;

import reactor.core.publisher.Mono;

/** Runs a piece of work in one database transaction: its changes and its outbox rows commit together, or none does. */
@FunctionalInterface
public interface CardTransactions {

    <T> Mono<T> inOne(Mono<T> work);
}
