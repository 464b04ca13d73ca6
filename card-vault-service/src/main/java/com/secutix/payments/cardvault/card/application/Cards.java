package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.SavedCard;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The saved cards of every customer. */
public interface Cards {

    /**
     * Stores the card unless its owner already holds the same PSP alias ({@link SavedCard#isSameCardAs}).
     * Emits {@code true} when the card was stored, {@code false} when the same card was already there.
     * Safe against concurrent calls for the same card.
     */
    Mono<Boolean> addIfAbsent(SavedCard card);

    /** The owner's cards, oldest first. */
    Flux<SavedCard> of(CardOwner owner);
}
