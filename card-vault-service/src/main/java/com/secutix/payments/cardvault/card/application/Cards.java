package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.OwnedCards;
import com.secutix.payments.cardvault.card.domain.SavedCard;

import java.util.Collection;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The saved cards of every customer. */
public interface Cards {

    /**
     * Stores each of {@code cards} whose owner does not hold the same PSP alias yet
     * ({@link SavedCard#isSameCardAs}), in one statement; emits the ids of the cards stored (the others were
     * already there). {@code cards} holds no two same cards. Safe against concurrent calls for the same card.
     */
    Flux<CardId> addAbsent(List<SavedCard> cards);

    /** The owner's cards, oldest first. */
    Flux<SavedCard> of(CardOwner owner);

    /**
     * Until the caller's transaction ends, no other transaction that locked one of the same owners can go on:
     * what {@link #heldBy} reads after it stays true until the caller commits. Owners are locked in one statement
     * and in one order, so two transactions locking overlapping owners cannot deadlock. Call it before any
     * change to these owners' cards, inside the transaction that makes the change.
     */
    Mono<Void> lockOwners(Collection<CardOwner> owners);

    /**
     * The cards each of {@code owners} holds, oldest first, in one query (their count and what the saved-card
     * limit needs of them); none for an owner without cards.
     */
    Flux<OwnedCards> heldBy(Collection<CardOwner> owners);

    /** Removes the cards of {@code ids}, in one statement; emits the ids of the cards removed. */
    Flux<CardId> remove(Collection<CardId> ids);
}
