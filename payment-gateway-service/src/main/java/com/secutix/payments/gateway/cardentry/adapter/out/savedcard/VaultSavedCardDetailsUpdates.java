package com.secutix.payments.gateway.cardentry.adapter.out.savedcard;

import com.secutix.payments.gateway.cardentry.application.SavedCardDetailsUpdates;
import com.secutix.payments.gateway.cardentry.domain.EnteredCard;
import com.secutix.payments.gateway.savedcard.application.SavedCardChanges;
import com.secutix.payments.gateway.savedcard.domain.SavedCardDetails;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Card entry's changes to the saved cards the vault saved, through the saved-card feature: masked data only. */
public class VaultSavedCardDetailsUpdates implements SavedCardDetailsUpdates {

    private final SavedCardChanges changes;

    public VaultSavedCardDetailsUpdates(SavedCardChanges changes) {
        this.changes = changes;
    }

    @Override
    public Mono<Boolean> replace(String tenantId, String customerId, UUID savedCardId, EnteredCard card) {
        return changes.replaceDetails(tenantId, customerId, savedCardId,
                new SavedCardDetails(card.brand(), card.maskedNumber(), card.expiry(), card.holderName()));
    }
}
