package com.secutix.payments.gateway.cardentry.application;

import com.secutix.payments.gateway.cardentry.domain.CardAlias;
import com.secutix.payments.gateway.cardentry.domain.CardEntryForm;
import com.secutix.payments.gateway.cardentry.domain.CardEntryReference;
import com.secutix.payments.gateway.cardentry.domain.CardEntryRequest;
import com.secutix.payments.gateway.cardentry.domain.EnteredCard;
import com.secutix.payments.gateway.cardentry.domain.InvalidCardEntryException;
import com.secutix.payments.gateway.cardentry.domain.IssuedCardEntry;
import com.secutix.payments.platform.web.returnurls.ReturnUrls;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import reactor.core.publisher.Mono;

/**
 * Gives a page the signed form that lets the buyer type a card straight to the PSP, and records it as an
 * open card entry: its random reference (the form's ORDERID), the customer, the caller it is issued to, the
 * order and the alias. The alias is ours: a fresh random one, an alias the same customer already has when the
 * card entry updates it, or the alias of the customer's saved card when the buyer types that card's security
 * code again (a CVV re-entry: an update form that already carries the card, recorded as a re-entry of that
 * card), or the alias of the customer's saved card whose details (expiry, holder) the buyer changes
 * ({@code updatesCardId}: an update form carrying the card's masked number, recorded with the saved card it updates,
 * in the transaction that issues it). Return addresses must be on the tenant's list.
 */
public class PrepareCardEntry {

    private final AliasGateway aliasGateway;
    private final CardEntries cardEntries;
    private final CardRegistrations registrations;
    private final SavedCardsForCvv savedCards;
    private final SavedCardUpdateForms updateForms;
    private final DeletedAliases deletedAliases;
    private final CardEntryTransactions transactions;
    private final Clock clock;
    private final Duration lifetime;
    private final RandomGenerator secureRandom;

    public PrepareCardEntry(AliasGateway aliasGateway, CardEntries cardEntries, CardRegistrations registrations,
            SavedCardsForCvv savedCards, SavedCardUpdateForms updateForms, DeletedAliases deletedAliases,
            CardEntryTransactions transactions, Clock clock, Duration lifetime, RandomGenerator secureRandom) {
        this.aliasGateway = aliasGateway;
        this.cardEntries = cardEntries;
        this.registrations = registrations;
        this.savedCards = savedCards;
        this.updateForms = updateForms;
        this.deletedAliases = deletedAliases;
        this.transactions = transactions;
        this.clock = clock;
        this.lifetime = lifetime;
        this.secureRandom = secureRandom;
    }

    /**
     * The alias the form stores the card under and, for a CVV re-entry, the saved card behind it, or for a details
     * update, the saved card it updates.
     */
    private record Target(CardAlias alias, Optional<UUID> savedCardId, Optional<EnteredCard> cardOnFile,
            Optional<UUID> updatesSavedCard) {

        static Target of(CardAlias alias) {
            return new Target(alias, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * @param issuedTo the caller asking (the token's subject); only this caller may redeem the PSP's redirect
     * @param attempt counts the card entry against the card-testing limits once the request is known valid,
     *     before anything is stored; its error (too many attempts) refuses the form
     * @throws UnknownAliasException (as the Mono's error) when the alias to update is not this customer's, or was
     *     a saved card's that the vault deleted
     * @throws UnknownSavedCardException (as the Mono's error) when the saved card (CVV re-entry or details update) is
     *     not this customer's
     */
    public Mono<CardEntryForm> prepare(String tenantId, String issuedTo, CardEntryRequest request,
            CardEntryAttempt attempt) {
        return Mono.defer(() -> {
            ReturnUrls allowed = aliasGateway.allowedReturnUrls(tenantId);
            refuseUnlisted("acceptUrl", request.acceptUrl(), allowed);
            refuseUnlisted("exceptionUrl", request.exceptionUrl(), allowed);
            return targetOf(tenantId, request).flatMap(target -> {
                Instant now = clock.instant();
                boolean updatesAlias = request.alias().isPresent() || target.savedCardId().isPresent()
                        || target.updatesSavedCard().isPresent();
                IssuedCardEntry entry = new IssuedCardEntry(CardEntryReference.random(secureRandom), tenantId,
                        request.customerId(), issuedTo, request.orderReference(), target.alias(), updatesAlias,
                        now, now.plus(lifetime), null, target.savedCardId().orElse(null));
                CardEntryForm form = aliasGateway.signedForm(tenantId, request, entry.reference(), target.alias(),
                        target.cardOnFile());
                Mono<Void> issued = target.updatesSavedCard()
                        .map(cardId -> transactions.inOne(cardEntries.issue(entry)
                                .then(updateForms.record(tenantId, entry.reference(), cardId))))
                        .orElseGet(() -> cardEntries.issue(entry));
                return attempt.countFor(request.customerId()).then(issued).thenReturn(form);
            });
        });
    }

    private Mono<Target> targetOf(String tenantId, CardEntryRequest request) {
        if (request.savedCardId().isPresent()) {
            return savedCards.find(tenantId, request.customerId(), request.savedCardId().get())
                    .map(saved -> new Target(saved.alias(), Optional.of(saved.cardId()), Optional.of(saved.card()),
                            Optional.empty()))
                    .switchIfEmpty(Mono.error(UnknownSavedCardException::new));
        }
        if (request.updatesCardId().isPresent()) {
            return savedCards.find(tenantId, request.customerId(), request.updatesCardId().get())
                    .map(saved -> new Target(saved.alias(), Optional.empty(), Optional.of(saved.card()),
                            Optional.of(saved.cardId())))
                    .switchIfEmpty(Mono.error(UnknownSavedCardException::new));
        }
        if (request.alias().isEmpty()) {
            return Mono.just(Target.of(CardAlias.random(secureRandom)));
        }
        CardAlias existing = new CardAlias(request.alias().get());
        return deletedAliases.isDeleted(tenantId, existing)
                .filter(deleted -> !deleted)
                .flatMap(live -> registrations.find(tenantId, existing))
                .filter(registration -> registration.isOwnedBy(request.customerId()))
                .map(registration -> Target.of(registration.alias()))
                .switchIfEmpty(Mono.error(UnknownAliasException::new));
    }

    private static void refuseUnlisted(String field, URI url, ReturnUrls allowed) {
        if (!allowed.allow(url)) {
            throw new InvalidCardEntryException(field + ": is not one of this tenant's return addresses");
        }
    }
}
