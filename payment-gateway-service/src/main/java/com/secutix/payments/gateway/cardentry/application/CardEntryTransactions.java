package com.secutix.payments.gateway.cardentry.application;

import reactor.core.publisher.Mono;

/** Runs a piece of work in one database transaction (the statements it runs join it), or none of it commits. */
@FunctionalInterface
public interface CardEntryTransactions {

    <T> Mono<T> inOne(Mono<T> work);
}
