package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.HeldCard;
import com.secutix.payments.cardvault.card.domain.OwnedCards;
import com.secutix.payments.cardvault.card.domain.SavedCard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@link Cards} port in memory, with the same once-per-alias rule as the database and its order, oldest first
 * (cards saved at the same instant in the order they were added).
 */
class InMemoryCards implements Cards {

    private static final Comparator<SavedCard> OLDEST_FIRST = Comparator.comparing(SavedCard::savedAt);

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
                return Flux.fromIterable(stored.stream().filter(card -> card.belongsTo(owner)).sorted(OLDEST_FIRST).toList());
            }
        });
    }

    /** Nothing to lock: the tests call it from one thread. */
    @Override
    public Mono<Void> lockOwners(Collection<CardOwner> owners) {
        return Mono.empty();
    }

    @Override
    public Flux<OwnedCards> heldBy(Collection<CardOwner> owners) {
        return Flux.defer(() -> {
            synchronized (this) {
                return Flux.fromIterable(owners.stream().distinct()
                        .map(owner -> stored.stream().filter(card -> card.belongsTo(owner)).sorted(OLDEST_FIRST)
                                .map(card -> new HeldCard(card.id(), card.alias())).toList())
                        .filter(held -> !held.isEmpty())
                        .map(held -> OwnedCards.of(ownerOf(held.get(0).id()), held))
                        .toList());
            }
        });
    }

    @Override
    public Flux<CardId> remove(Collection<CardId> ids) {
        return Flux.defer(() -> {
            synchronized (this) {
                Set<CardId> removing = Set.copyOf(ids);
                List<CardId> removed = stored.stream().map(SavedCard::id).filter(removing::contains).toList();
                stored.removeIf(card -> removing.contains(card.id()));
                return Flux.fromIterable(removed);
            }
        });
    }

    private CardOwner ownerOf(CardId id) {
        return stored.stream().filter(card -> card.id().equals(id)).findFirst().orElseThrow().owner();
    }

    synchronized List<SavedCard> all() {
        return List.copyOf(stored);
    }
}
