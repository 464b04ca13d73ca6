package com.secutix.payments.gateway.cardentry.application;

import com.secutix.payments.gateway.cardentry.domain.CardEntryReference;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Which card-entry forms update a saved card's details, and which card. */
public interface SavedCardUpdateForms {

    /** Records that the form (already issued, in the same transaction) updates this saved card. */
    Mono<Void> record(String tenantId, CardEntryReference reference, UUID savedCardId);

    /** The saved card the form updates; empty for any other form. */
    Mono<UUID> savedCardOf(String tenantId, CardEntryReference reference);
}
