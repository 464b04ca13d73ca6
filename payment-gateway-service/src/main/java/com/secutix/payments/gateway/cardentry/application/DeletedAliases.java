package com.secutix.payments.gateway.cardentry.application;

import com.secutix.payments.gateway.cardentry.domain.CardAlias;
import reactor.core.publisher.Mono;

/** The aliases of saved cards the vault deleted: card entry never updates one again. */
public interface DeletedAliases {

    /** Whether the alias was a deleted saved card's in this tenant. */
    Mono<Boolean> isDeleted(String tenantId, CardAlias alias);
}
