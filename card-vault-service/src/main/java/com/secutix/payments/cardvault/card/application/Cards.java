package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.SavedCard;

import java.util.List;

import reactor.core.publisher.Flux;

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
}
