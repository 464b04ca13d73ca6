package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.SavedCard;

import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@link Cards} port in memory, with the same once-per-alias rule as the database. */
class InMemoryCards implements Cards {

    private final List<SavedCard> stored = new ArrayList<>();

    @Override
    public Mono<Boolean> addIfAbsent(SavedCard card) {
        return Mono.fromSupplier(() -> {
            synchronized (this) {
                if (stored.stream().anyMatch(card::isSameCardAs)) {
                    return false;
                }
                return stored.add(card);
            }
        });
    }

    @Override
    public Flux<SavedCard> of(CardOwner owner) {
        return Flux.defer(() -> {
            synchronized (this) {
                return Flux.fromIterable(stored.stream().filter(card -> card.belongsTo(owner)).toList());
            }
        });
    }

    synchronized List<SavedCard> all() {
        return List.copyOf(stored);
    }
}
