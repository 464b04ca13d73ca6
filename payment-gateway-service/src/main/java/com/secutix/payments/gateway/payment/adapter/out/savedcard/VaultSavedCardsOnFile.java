package com.secutix.payments.gateway.payment.adapter.out.savedcard;

import com.secutix.payments.gateway.payment.application.DeletedCardException;
import com.secutix.payments.gateway.payment.application.SavedCardsOnFile;
import com.secutix.payments.gateway.payment.domain.CardOnFile;
import com.secutix.payments.gateway.payment.domain.MaskedCard;
import com.secutix.payments.gateway.payment.domain.PspAlias;
import com.secutix.payments.gateway.payment.domain.SavedCardId;
import com.secutix.payments.gateway.savedcard.application.SavedCardChanges;
import com.secutix.payments.gateway.savedcard.application.SavedCards;
import com.secutix.payments.gateway.savedcard.domain.SavedCard;
import com.secutix.payments.gateway.savedcard.domain.SavedCardDetails;
import reactor.core.publisher.Mono;

/**
 * The payment feature's view of the cards the vault saved, as the saved-card feature keeps them: a card id is
 * usable by its owner only, since it is looked up with the tenant and the customer. A card the vault deleted is
 * refused with {@link DeletedCardException}, not as an unknown card.
 */
public class VaultSavedCardsOnFile implements SavedCardsOnFile {

    private final SavedCards savedCards;
    private final SavedCardChanges changes;

    public VaultSavedCardsOnFile(SavedCards savedCards, SavedCardChanges changes) {
        this.savedCards = savedCards;
        this.changes = changes;
    }

    @Override
    public Mono<CardOnFile> cardOf(String tenantId, String customerId, SavedCardId cardId) {
        return savedCards.find(tenantId, customerId, cardId.value())
                .map(VaultSavedCardsOnFile::cardOnFile)
                .switchIfEmpty(Mono.defer(() -> changes.isDeletedCard(tenantId, customerId, cardId.value())
                        .flatMap(deleted -> deleted ? Mono.error(new DeletedCardException()) : Mono.empty())));
    }

    private static CardOnFile cardOnFile(SavedCard saved) {
        SavedCardDetails details = saved.details();
        return new CardOnFile(new PspAlias(saved.pspAlias()),
                new MaskedCard(details.brand(), details.maskedNumber(), details.expiry(), details.holderName()));
    }
}
