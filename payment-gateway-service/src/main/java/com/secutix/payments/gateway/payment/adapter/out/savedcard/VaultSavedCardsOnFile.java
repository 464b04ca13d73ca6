package com.secutix.payments.gateway.payment.adapter.out.savedcard;

import com.secutix.payments.gateway.payment.application.SavedCardsOnFile;
import com.secutix.payments.gateway.payment.domain.CardOnFile;
import com.secutix.payments.gateway.payment.domain.MaskedCard;
import com.secutix.payments.gateway.payment.domain.PspAlias;
import com.secutix.payments.gateway.payment.domain.SavedCardId;
import com.secutix.payments.gateway.savedcard.application.SavedCards;
import com.secutix.payments.gateway.savedcard.domain.SavedCard;
import com.secutix.payments.gateway.savedcard.domain.SavedCardDetails;
import reactor.core.publisher.Mono;

/**
 * The payment feature's view of the cards the vault saved, as the saved-card feature keeps them: a card id is
 * usable by its owner only, since it is looked up with the tenant and the customer.
 */
public class VaultSavedCardsOnFile implements SavedCardsOnFile {

    private final SavedCards savedCards;

    public VaultSavedCardsOnFile(SavedCards savedCards) {
        this.savedCards = savedCards;
    }

    @Override
    public Mono<CardOnFile> cardOf(String tenantId, String customerId, SavedCardId cardId) {
        return savedCards.find(tenantId, customerId, cardId.value())
                .map(VaultSavedCardsOnFile::cardOnFile);
    }

    private static CardOnFile cardOnFile(SavedCard saved) {
        SavedCardDetails details = saved.details();
        return new CardOnFile(new PspAlias(saved.pspAlias()),
                new MaskedCard(details.brand(), details.maskedNumber(), details.expiry(), details.holderName()));
    }
}
