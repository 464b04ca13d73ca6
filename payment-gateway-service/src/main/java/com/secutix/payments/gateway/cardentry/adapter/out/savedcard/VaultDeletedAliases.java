package com.secutix.payments.gateway.cardentry.adapter.out.savedcard;

import com.secutix.payments.gateway.cardentry.application.DeletedAliases;
import com.secutix.payments.gateway.cardentry.domain.CardAlias;
import com.secutix.payments.gateway.savedcard.application.SavedCardChanges;
import com.secutix.payments.gateway.savedcard.domain.AliasDigest;
import reactor.core.publisher.Mono;

/** Card entry's view of the deleted saved cards, as the saved-card feature remembers them (by alias digest). */
public class VaultDeletedAliases implements DeletedAliases {

    private final SavedCardChanges changes;

    public VaultDeletedAliases(SavedCardChanges changes) {
        this.changes = changes;
    }

    @Override
    public Mono<Boolean> isDeleted(String tenantId, CardAlias alias) {
        return changes.isDeletedAlias(tenantId, AliasDigest.of(alias.value()));
    }
}
