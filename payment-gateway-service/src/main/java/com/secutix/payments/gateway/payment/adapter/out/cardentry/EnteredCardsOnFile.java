package com.secutix.payments.gateway.payment.adapter.out.cardentry;

import com.secutix.payments.gateway.cardentry.application.CardRegistrations;
import com.secutix.payments.gateway.cardentry.domain.CardAlias;
import com.secutix.payments.gateway.cardentry.domain.EnteredCard;
import com.secutix.payments.gateway.payment.application.CardsOnFile;
import com.secutix.payments.gateway.payment.domain.MaskedCard;
import com.secutix.payments.gateway.payment.domain.PspAlias;
import reactor.core.publisher.Mono;

/** The payment feature's view of the cards that card entry registered: an alias is usable by its owner only. */
public class EnteredCardsOnFile implements CardsOnFile {

    private final CardRegistrations registrations;

    public EnteredCardsOnFile(CardRegistrations registrations) {
        this.registrations = registrations;
    }

    @Override
    public Mono<MaskedCard> cardOf(String tenantId, String customerId, PspAlias alias) {
        return registrations.find(tenantId, new CardAlias(alias.value()))
                .filter(registration -> registration.isOwnedBy(customerId))
                .map(registration -> {
                    EnteredCard card = registration.card();
                    return new MaskedCard(card.brand(), card.maskedNumber(), card.expiry(), card.holderName());
                });
    }
}
