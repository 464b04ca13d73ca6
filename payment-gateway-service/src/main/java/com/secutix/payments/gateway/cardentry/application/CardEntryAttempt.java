package com.secutix.payments.gateway.cardentry.application;

import reactor.core.publisher.Mono;

/**
 * One card-entry attempt of a request (a form signed, a genuine redirect read), as the card-testing limits count
 * it: who is counted depends on the caller (a customer as themselves, staff per caller, the checkout per customer
 * and per forwarded buyer address), decided at the edge; the use case gives the card entry's customer, which for a
 * redirect is known only once its form is found.
 */
@FunctionalInterface
public interface CardEntryAttempt {

    /** Counts the attempt for a card entry of this customer; errors (429 at the edge) over a limit. */
    Mono<Void> countFor(String customerId);
}
