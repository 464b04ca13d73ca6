package com.secutix.payments.gateway.cardentry.adapter.out.savedcard;

import com.secutix.payments.gateway.cardentry.application.SavedCardsForCvv;
import com.secutix.payments.gateway.cardentry.domain.CardAlias;
import com.secutix.payments.gateway.cardentry.domain.EnteredCard;
import com.secutix.payments.gateway.cardentry.domain.SavedCardForCvv;
import com.secutix.payments.gateway.savedcard.application.SavedCards;
import com.secutix.payments.gateway.savedcard.domain.SavedCard;
import com.secutix.payments.gateway.savedcard.domain.SavedCardDetails;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Card entry's view of the cards the vault saved, as the saved-card feature keeps them: a CVV re-entry names a
 * card id, usable by its owner only, since it is looked up with the tenant and the customer.
 */
public class VaultSavedCardsForCvv implements SavedCardsForCvv {

    private final SavedCards savedCards;

    public VaultSavedCardsForCvv(SavedCards savedCards) {
        this.savedCards = savedCards;
    }

    @Override
    public Mono<SavedCardForCvv> find(String tenantId, String customerId, UUID cardId) {
        return savedCards.find(tenantId, customerId, cardId).map(VaultSavedCardsForCvv::forCvv);
    }

    private static SavedCardForCvv forCvv(SavedCard saved) {
        SavedCardDetails details = saved.details();
        return new SavedCardForCvv(saved.id(), new CardAlias(saved.pspAlias()),
                new EnteredCard(details.brand(), details.maskedNumber(), details.expiry(), details.holderName()));
    }
}
