package com.secutix.payments.gateway.payment.adapter.out.cardentry;

import com.secutix.payments.gateway.cardentry.application.CardRegistrations;
import com.secutix.payments.gateway.cardentry.domain.CardAlias;
import com.secutix.payments.gateway.cardentry.domain.EnteredCard;
import com.secutix.payments.gateway.payment.application.CardsOnFile;
import com.secutix.payments.gateway.payment.application.DeletedCardException;
import com.secutix.payments.gateway.payment.domain.MaskedCard;
import com.secutix.payments.gateway.payment.domain.PaymentId;
import com.secutix.payments.gateway.payment.domain.PspAlias;
import com.secutix.payments.gateway.savedcard.application.SavedCardChanges;
import com.secutix.payments.gateway.savedcard.domain.AliasDigest;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * The payment feature's view of the cards that card entry registered: an alias is usable by its owner only, and
 * never once the saved card behind it was deleted ({@link DeletedCardException}, whoever names it). The alias's
 * registration is read in the statement that uses up the code typed with its entry.
 */
public class EnteredCardsOnFile implements CardsOnFile {

    private final CardRegistrations registrations;
    private final SavedCardChanges savedCardChanges;

    public EnteredCardsOnFile(CardRegistrations registrations, SavedCardChanges savedCardChanges) {
        this.registrations = registrations;
        this.savedCardChanges = savedCardChanges;
    }

    @Override
    public Mono<AliasCard> cardFor(String tenantId, String customerId, PspAlias alias, PaymentId paymentId,
            Instant now) {
        return savedCardChanges.isDeletedAlias(tenantId, AliasDigest.of(alias.value()))
                .flatMap(deleted -> deleted ? Mono.error(new DeletedCardException())
                        : registered(tenantId, customerId, alias, paymentId, now));
    }

    private Mono<AliasCard> registered(String tenantId, String customerId, PspAlias alias, PaymentId paymentId,
            Instant now) {
        return registrations.findForPayment(tenantId, customerId, new CardAlias(alias.value()), paymentId.value(), now)
                .filter(found -> found.registration().isOwnedBy(customerId))
                .map(found -> {
                    EnteredCard card = found.registration().card();
                    return new AliasCard(new MaskedCard(card.brand(), card.maskedNumber(), card.expiry(),
                            card.holderName()), found.enteredCodeUsedUp());
                });
    }
}
