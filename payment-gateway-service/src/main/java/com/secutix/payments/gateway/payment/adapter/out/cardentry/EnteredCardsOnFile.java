package com.secutix.payments.gateway.payment.adapter.out.cardentry;

import com.secutix.payments.gateway.cardentry.application.CardRegistrations;
import com.secutix.payments.gateway.cardentry.domain.CardAlias;
import com.secutix.payments.gateway.cardentry.domain.EnteredCard;
import com.secutix.payments.gateway.payment.application.CardsOnFile;
import com.secutix.payments.gateway.payment.application.DeletedCardException;
import com.secutix.payments.gateway.payment.domain.MaskedCard;
import com.secutix.payments.gateway.payment.domain.PspAlias;
import com.secutix.payments.gateway.savedcard.application.SavedCardChanges;
import com.secutix.payments.gateway.savedcard.domain.AliasDigest;
import reactor.core.publisher.Mono;

/**
 * The payment feature's view of the cards that card entry registered: an alias is usable by its owner only, and
 * never once the saved card behind it was deleted ({@link DeletedCardException}, whoever names it).
 */
public class EnteredCardsOnFile implements CardsOnFile {

    private final CardRegistrations registrations;
    private final SavedCardChanges savedCardChanges;

    public EnteredCardsOnFile(CardRegistrations registrations, SavedCardChanges savedCardChanges) {
        this.registrations = registrations;
        this.savedCardChanges = savedCardChanges;
    }

    @Override
    public Mono<MaskedCard> cardOf(String tenantId, String customerId, PspAlias alias) {
        return savedCardChanges.isDeletedAlias(tenantId, AliasDigest.of(alias.value()))
                .flatMap(deleted -> deleted ? Mono.error(new DeletedCardException()) : registered(tenantId, customerId, alias));
    }

    private Mono<MaskedCard> registered(String tenantId, String customerId, PspAlias alias) {
        return registrations.find(tenantId, new CardAlias(alias.value()))
                .filter(registration -> registration.isOwnedBy(customerId))
                .map(registration -> {
                    EnteredCard card = registration.card();
                    return new MaskedCard(card.brand(), card.maskedNumber(), card.expiry(), card.holderName());
                });
    }
}
