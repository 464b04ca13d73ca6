package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.SavedCard;

import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Flux;

/** The {@link Cards} port in memory, with the same once-per-alias rule as the database. */
class InMemoryCards implements Cards {

    private final List<SavedCard> stored = new ArrayList<>();

    @Override
    public Flux<CardId> addAbsent(List<SavedCard> cards) {
        return Flux.defer(() -> {
            synchronized (this) {
                List<CardId> added = new ArrayList<>();
                for (SavedCard card : cards) {
                    if (stored.stream().noneMatch(card::isSameCardAs)) {
                        stored.add(card);
                        added.add(card.id());
                    }
                }
                return Flux.fromIterable(added);
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
