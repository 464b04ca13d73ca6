package com.secutix.payments.gateway.cardentry.application;

import com.secutix.payments.gateway.cardentry.domain.SavedCardForCvv;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** The cards the vault saved, as a CVV re-entry looks them up: a card id is usable by its owner only. */
public interface SavedCardsForCvv {

    /** The saved card when it is this customer's in this tenant; empty otherwise (unknown, another's). */
    Mono<SavedCardForCvv> find(String tenantId, String customerId, UUID cardId);
}
