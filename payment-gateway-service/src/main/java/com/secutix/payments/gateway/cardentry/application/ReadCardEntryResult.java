package com.secutix.payments.gateway.cardentry.application;

import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.cardentry.v1.SavedCardDetailsConfirmed;
import com.secutix.payments.gateway.cardentry.domain.AliasGatewayFeedback;
import com.secutix.payments.gateway.cardentry.domain.AliasStatus;
import com.secutix.payments.gateway.cardentry.domain.CardEntryOutcome;
import com.secutix.payments.gateway.cardentry.domain.CardEntryReference;
import com.secutix.payments.gateway.cardentry.domain.CardRegistration;
import com.secutix.payments.gateway.cardentry.domain.CvvProof;
import com.secutix.payments.gateway.cardentry.domain.EnteredCard;
import com.secutix.payments.gateway.cardentry.domain.InvalidCardEntryException;
import com.secutix.payments.gateway.cardentry.domain.IssuedCardEntry;
import com.secutix.payments.gateway.cardentry.domain.RedirectParameters;
import com.secutix.payments.gateway.cardentry.domain.SavedCardForCvv;
import com.secutix.payments.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Turns the PSP's redirect, forwarded by the page at ACCEPTURL / EXCEPTIONURL, into the alias and masked
 * card, or the PSP's refusal. The signature is checked before anything in the redirect is read; then the
 * redirect must answer an open card entry (its ORDERID) issued to the same caller, unexpired and unused,
 * for the alias that entry chose. The entry is redeemed once, and a stored card is registered to the
 * entry's customer with the card details the PSP signed; the security code typed with it is good for the alias's
 * first payment within {@code proofLifetime}, as a CVV re-entry's proof is.
 * <p>
 * The redirect of a CVV re-entry (a form for a saved card) registers nothing: the saved card's alias stays the
 * vault's, payable by the card's id only. When the PSP's signed redirect shows the saved card behind the alias, it
 * records, with the redemption, a proof that the buyer typed the card's security code, good for the card's next
 * payment within {@code proofLifetime}; when it shows another card, the entry is used up with no proof.
 * <p>
 * The redirect of a saved card's details update (a form for {@code updatesCardId}) registers nothing either. When the
 * PSP's signed redirect says the alias was updated (STATUS 2), the new masked data it shows (never a caller's claim)
 * replaces the gateway's copy of the saved card and {@code SavedCardDetailsConfirmed} is appended to the outbox, in
 * the transaction that redeems the form; the vault applies it and publishes {@code CardUpdated}. Any other answer
 * uses the form up and changes nothing.
 */
public class ReadCardEntryResult {

    private final AliasGateway aliasGateway;
    private final CardEntries cardEntries;
    private final SavedCardsForCvv savedCards;
    private final SavedCardUpdateForms updateForms;
    private final SavedCardDetailsUpdates detailsUpdates;
    private final Outbox outbox;
    private final CardEntryTransactions transactions;
    private final Clock clock;
    private final Duration proofLifetime;

    public ReadCardEntryResult(AliasGateway aliasGateway, CardEntries cardEntries, SavedCardsForCvv savedCards,
            SavedCardUpdateForms updateForms, SavedCardDetailsUpdates detailsUpdates, Outbox outbox,
            CardEntryTransactions transactions, Clock clock, Duration proofLifetime) {
        this.aliasGateway = aliasGateway;
        this.cardEntries = cardEntries;
        this.savedCards = savedCards;
        this.updateForms = updateForms;
        this.detailsUpdates = detailsUpdates;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.proofLifetime = proofLifetime;
    }

    /**
     * What the redirect said, and for which customer; for a CVV re-entry whose code the PSP took, the proof
     * recorded; for a saved card's details update the PSP confirmed, that card's id.
     */
    public record Result(String customerId, CardEntryOutcome outcome, Optional<CvvProof> cvvProof,
            Optional<UUID> updatedSavedCardId) {

        public Result {
            cvvProof = cvvProof == null ? Optional.empty() : cvvProof;
            updatedSavedCardId = updatedSavedCardId == null ? Optional.empty() : updatedSavedCardId;
        }

        public Result(String customerId, CardEntryOutcome outcome, Optional<CvvProof> cvvProof) {
            this(customerId, outcome, cvvProof, Optional.empty());
        }
    }

    /**
     * @param attempt counts the redirect against the card-testing limits once it is known genuine and
     *     open, before the card entry is redeemed; its error (too many attempts) leaves the entry open
     * @throws NotTheSavedCardException (as the Mono's error, once the entry is redeemed) when a CVV re-entry's
     *     redirect shows another card than the saved card
     */
    public Mono<Result> read(String tenantId, String caller, RedirectParameters redirect, CardEntryAttempt attempt) {
        return Mono.defer(() -> {
            if (!aliasGateway.isSignedByPsp(tenantId, redirect)) {
                throw new ForgedRedirectException();
            }
            CardEntryReference reference = new CardEntryReference(redirect.required("ORDERID"));
            CardEntryOutcome outcome = AliasGatewayFeedback.read(redirect);
            Instant now = clock.instant();
            return cardEntries.find(tenantId, reference)
                    .filter(entry -> entry.wasIssuedTo(caller))
                    .switchIfEmpty(Mono.error(UnknownCardEntryException::new))
                    .flatMap(entry -> redeem(entry, outcome, now, attempt));
        });
    }

    private Mono<Result> redeem(IssuedCardEntry entry, CardEntryOutcome outcome, Instant now, CardEntryAttempt attempt) {
        if (entry.isRedeemed()) {
            return Mono.error(ClosedCardEntryException.usedEntry());
        }
        if (entry.hasExpiredBy(now)) {
            return Mono.error(ClosedCardEntryException.expiredEntry());
        }
        if (outcome instanceof CardEntryOutcome.AliasStored stored && !stored.alias().equals(entry.alias())) {
            return Mono.error(new InvalidCardEntryException("ALIAS: is not the alias of this card entry"));
        }
        if (entry.cvvReentryOf().isPresent()) {
            return redeemCvvReentry(entry, entry.cvvReentryOf().get(), outcome, now, attempt);
        }
        return updateForms.savedCardOf(entry.tenantId(), entry.reference())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(updated -> updated.isPresent()
                        ? redeemSavedCardUpdate(entry, updated.get(), outcome, now, attempt)
                        : redeemCardEntry(entry, outcome, now, attempt));
    }

    private Mono<Result> redeemCardEntry(IssuedCardEntry entry, CardEntryOutcome outcome, Instant now,
            CardEntryAttempt attempt) {
        Optional<CardRegistration> registration = outcome instanceof CardEntryOutcome.AliasStored stored
                ? Optional.of(new CardRegistration(entry.tenantId(), stored.alias(), entry.customerId(),
                        entry.issuedTo(), now, stored.card(), now.plus(proofLifetime)))
                : Optional.empty();
        return attempt.countFor(entry.customerId())
                .then(cardEntries.redeem(entry, now, registration, Optional.empty()))
                .flatMap(redeemed -> redeemed
                        ? Mono.just(new Result(entry.customerId(), outcome, Optional.empty()))
                        : Mono.error(ClosedCardEntryException.usedEntry()));
    }

    /**
     * The saved card's new details when the PSP says it updated the alias (STATUS 2): the form redeemed, the gateway's
     * copy of the card changed and {@code SavedCardDetailsConfirmed} appended, in one transaction. A card refused is
     * answered as any refusal; another STATUS uses the form up and is an error.
     */
    private Mono<Result> redeemSavedCardUpdate(IssuedCardEntry entry, UUID savedCardId, CardEntryOutcome outcome,
            Instant now, CardEntryAttempt attempt) {
        boolean confirmed = outcome instanceof CardEntryOutcome.AliasStored stored
                && stored.status() == AliasStatus.UPDATED;
        Mono<Boolean> redeemed = cardEntries.redeem(entry, now, Optional.empty(), Optional.empty());
        if (confirmed) {
            EnteredCard card = ((CardEntryOutcome.AliasStored) outcome).card();
            redeemed = transactions.inOne(redeemed.flatMap(won -> !won ? Mono.just(false)
                    : detailsUpdates.replace(entry.tenantId(), entry.customerId(), savedCardId, card)
                            .flatMap(stillSaved -> stillSaved
                                    ? outbox.append(new SavedCardDetailsConfirmed(entry.tenantId(), savedCardId,
                                            entry.customerId(), new CardSummary(card.brand(), card.maskedNumber(),
                                                    card.expiry(), card.holderName()),
                                            entry.reference().value(), now), "card-entry-" + entry.reference().value())
                                    : Mono.<Void>empty())
                            .thenReturn(true)));
        }
        return attempt.countFor(entry.customerId())
                .then(redeemed)
                .flatMap(won -> {
                    if (!won) {
                        return Mono.error(ClosedCardEntryException.usedEntry());
                    }
                    if (outcome instanceof CardEntryOutcome.AliasStored && !confirmed) {
                        return Mono.error(new SavedCardNotUpdatedException());
                    }
                    return Mono.just(new Result(entry.customerId(), outcome, Optional.empty(),
                            confirmed ? Optional.of(savedCardId) : Optional.empty()));
                });
    }

    /**
     * A proof when the PSP shows the saved card behind its alias, nothing (and an error once redeemed) when it
     * shows another card; a card the PSP refused (a security code of the wrong length...) is answered as any
     * refusal.
     */
    private Mono<Result> redeemCvvReentry(IssuedCardEntry entry, UUID savedCardId, CardEntryOutcome outcome,
            Instant now, CardEntryAttempt attempt) {
        Mono<Boolean> theSavedCardIsShown = outcome instanceof CardEntryOutcome.AliasStored stored
                ? savedCards.find(entry.tenantId(), entry.customerId(), savedCardId)
                        .map((SavedCardForCvv saved) -> saved.isShownBy(stored.card()))
                        .defaultIfEmpty(false)
                : Mono.just(false);
        return theSavedCardIsShown.flatMap(shown -> {
            Optional<CvvProof> proof = shown
                    ? Optional.of(new CvvProof(entry.tenantId(), entry.reference(), entry.customerId(), savedCardId,
                            now, now.plus(proofLifetime)))
                    : Optional.empty();
            return attempt.countFor(entry.customerId())
                    .then(cardEntries.redeem(entry, now, Optional.empty(), proof))
                    .flatMap(redeemed -> {
                        if (!redeemed) {
                            return Mono.error(ClosedCardEntryException.usedEntry());
                        }
                        if (outcome instanceof CardEntryOutcome.AliasStored && proof.isEmpty()) {
                            return Mono.error(new NotTheSavedCardException());
                        }
                        return Mono.just(new Result(entry.customerId(), outcome, proof));
                    });
        });
    }
}
