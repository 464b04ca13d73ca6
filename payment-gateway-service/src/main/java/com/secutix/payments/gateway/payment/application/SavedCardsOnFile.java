package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.gateway.payment.domain.CardOnFile;
import com.secutix.payments.gateway.payment.domain.SavedCardId;
import reactor.core.publisher.Mono;

/** The cards the card vault saved for customers, each the card of one customer of one tenant. */
public interface SavedCardsOnFile {

    /**
     * The saved card's alias and masked data, when the card is this customer's in this tenant; empty otherwise
     * (unknown id, another customer's card, another tenant's), so a card id is usable by its owner only.
     */
    Mono<CardOnFile> cardOf(String tenantId, String customerId, SavedCardId cardId);
}
