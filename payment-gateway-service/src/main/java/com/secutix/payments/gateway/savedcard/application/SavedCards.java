package com.secutix.payments.gateway.savedcard.application;

import com.secutix.payments.gateway.savedcard.domain.SavedCard;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** The gateway's copy of the cards the vault saved, written by {@link KeepSavedCards} only. */
public interface SavedCards {

    /**
     * Stores the cards whose id is not stored yet, in one statement, joining the caller's transaction; a card
     * id already there is left as it is. Emits how many cards were stored.
     */
    Mono<Long> addAbsent(List<SavedCard> cards);

    /** The card with this id when it is this customer's in this tenant; empty otherwise. */
    Mono<SavedCard> find(String tenantId, String customerId, UUID cardId);
}
