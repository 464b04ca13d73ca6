package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.cardvault.card.domain.CardDetails;
import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.SalesChannel;

import reactor.core.publisher.Mono;

/** Changes the masked data of a saved card; its id, owner, alias and channel stay. */
public interface CardDetailsUpdates {

    /**
     * Replaces the details of the card {@code id} of {@code owner}; emits the channel the card was saved on, or
     * nothing when the owner holds no such card (deleted, never saved, another customer's or tenant's).
     */
    Mono<SalesChannel> replaceDetails(CardOwner owner, CardId id, CardDetails details);
}
