package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.OwnedCards;
import com.secutix.payments.cardvault.card.domain.SavedCard;
import com.secutix.payments.cardvault.policy.application.ReadCardPolicy;
import com.secutix.payments.cardvault.policy.domain.CardPolicy;
import com.secutix.payments.cardvault.policy.domain.TenantCardPolicy;
import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.card.v1.CardDeleted;
import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.platform.kafka.ProcessedEvents;
import com.secutix.payments.platform.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Saves the cards of a batch of captured payments, each once, in one transaction, under each tenant's card
 * policy: a redelivered event is recognised by its id, and the same alias for the same customer is stored once
 * whatever event brings it (in the batch, the first one). The cards, the cards they replace, their
 * {@code CardSaved} events (transactional outbox) and the handled event ids commit together, or none of them
 * does.
 * <p>
 * The policy, as the batch's transaction reads it (one query for all the batch's tenants):
 * <ul>
 *   <li>a tenant that does not let buyers save cards gets no card saved ({@link SaveCardOutcome#SAVING_DISABLED});
 *   the event is still recorded as handled;</li>
 *   <li>a customer holds at most the tenant's {@code maxSavedCardsPerCustomer} cards: at that limit the new card
 *   is not saved ({@code KEEP_EXISTING_CARDS}) or the oldest card is removed to make room for it
 *   ({@code REPLACE_OLDEST_CARD}), as {@link OwnedCards} decides. A card the customer already holds does not
 *   count as new. The customers of the batch are locked first ({@link Cards#lockOwners}), then their cards read
 *   (one query), so two batches of the same customer, on two instances, save one after the other and the limit
 *   holds. Under PostgreSQL's default isolation (read committed) each statement sees what committed before it,
 *   so the cards read after the lock include those of the batch that held it.</li>
 * </ul>
 * A card the policy replaces is removed and {@code CardDeleted} ({@code REPLACED_BY_NEWER_CARD}, by
 * {@code card-vault-service}) appended for it in the same transaction.
 * <p>
 * The cards of one batch are saved one microsecond apart, in the order of their events, so that "oldest"
 * follows the order of the payments within a batch too.
 */
public class SaveCard {

    /** The consumer name under which handled event ids are recorded. */
    public static final String CONSUMER = "card-vault-service";

    private final Cards cards;
    private final ReadCardPolicy policies;
    private final ProcessedEvents processedEvents;
    private final Outbox outbox;
    private final Clock clock;
    private final Supplier<CardId> newCardId;

    public SaveCard(Cards cards, ReadCardPolicy policies, ProcessedEvents processedEvents, Outbox outbox, Clock clock,
                    Supplier<CardId> newCardId) {
        this.cards = cards;
        this.policies = policies;
        this.processedEvents = processedEvents;
        this.outbox = outbox;
        this.clock = clock;
        this.newCardId = newCardId;
    }

    /** What was done with each command, in the order of {@code commands}. */
    public Mono<List<SaveCardOutcome>> save(List<SaveCardCommand> commands) {
        return Mono.defer(() -> {
            Map<SaveCardCommand, SaveCardOutcome> outcomes = new IdentityHashMap<>();
            return processedEvents.handleEachOnce(CONSUMER, commands, SaveCardCommand::eventId,
                            fresh -> storeOnce(fresh, outcomes))
                    .then(Mono.fromSupplier(() -> commands.stream()
                            .map(command -> outcomes.getOrDefault(command, SaveCardOutcome.EVENT_ALREADY_HANDLED))
                            .toList()));
        });
    }

    private Mono<Void> storeOnce(List<SaveCardCommand> commands, Map<SaveCardCommand, SaveCardOutcome> outcomes) {
        return Mono.defer(() -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            List<SavedCard> proposed = new ArrayList<>();
            Map<SavedCard, SaveCardCommand> commandOf = new IdentityHashMap<>();
            for (SaveCardCommand command : commands) {
                SavedCard card = new SavedCard(newCardId.get(), command.owner(), command.alias(), command.details(),
                        command.channel(), now.plus(proposed.size(), ChronoUnit.MICROS));
                if (proposed.stream().anyMatch(card::isSameCardAs)) {
                    outcomes.put(command, SaveCardOutcome.ALREADY_SAVED);
                } else {
                    proposed.add(card);
                    commandOf.put(card, command);
                }
            }
            if (proposed.isEmpty()) {
                return Mono.empty();
            }
            Set<String> tenants = proposed.stream().map(card -> card.owner().tenantId()).collect(Collectors.toSet());
            return policies.currentOf(tenants)
                    .flatMap(policyOf -> storeAllowed(proposed, policyOf, commandOf, outcomes));
        });
    }

    /** The cards of tenants that let buyers save them, each customer's under the tenant's limit. */
    private Mono<Void> storeAllowed(List<SavedCard> proposed, Map<String, TenantCardPolicy> policyOf,
                                    Map<SavedCard, SaveCardCommand> commandOf, Map<SaveCardCommand, SaveCardOutcome> outcomes) {
        List<SavedCard> allowed = new ArrayList<>();
        for (SavedCard card : proposed) {
            if (policyOf(card, policyOf).savingEnabled()) {
                allowed.add(card);
            } else {
                outcomes.put(commandOf.get(card), SaveCardOutcome.SAVING_DISABLED);
            }
        }
        if (allowed.isEmpty()) {
            return Mono.empty();
        }
        List<CardOwner> owners = allowed.stream().map(SavedCard::owner).distinct().toList();
        return cards.lockOwners(owners)
                .thenMany(cards.heldBy(owners))
                .collectMap(OwnedCards::owner)
                .flatMap(held -> {
                    Map<CardOwner, OwnedCards> ownedBy = new HashMap<>(held);
                    Map<SavedCard, OwnedCards.Offer> offers = new IdentityHashMap<>();
                    for (SavedCard card : allowed) {
                        OwnedCards owned = ownedBy.computeIfAbsent(card.owner(), OwnedCards::none);
                        offers.put(card, owned.offer(card, policyOf(card, policyOf)));
                    }
                    List<CardId> replaced = ownedBy.values().stream()
                            .flatMap(owned -> owned.cardsToRemove().stream())
                            .toList();
                    List<SavedCard> toAdd = ownedBy.values().stream()
                            .flatMap(owned -> owned.cardsToAdd().stream())
                            .toList();
                    Map<CardOwner, String> replacedFor = new HashMap<>();
                    allowed.stream()
                            .filter(card -> offers.get(card) == OwnedCards.Offer.ADDED_REPLACING_OLDEST)
                            .forEach(card -> replacedFor.putIfAbsent(card.owner(), commandOf.get(card).correlationId()));
                    return removeReplaced(replaced, ownedBy, replacedFor)
                            .then(cards.addAbsent(toAdd).collect(Collectors.toSet()))
                            .flatMap(stored -> publishStored(allowed, offers, ownedBy, stored, commandOf, outcomes));
                });
    }

    /**
     * Removes the cards the policy replaced and appends a {@code CardDeleted} ({@code REPLACED_BY_NEWER_CARD}) for
     * each one really removed: their masked data is read first (one query per customer who loses a card, which only
     * a customer at the limit of a tenant replacing the oldest card does).
     */
    private Mono<Void> removeReplaced(List<CardId> replaced, Map<CardOwner, OwnedCards> ownedBy,
                                      Map<CardOwner, String> correlationIdOf) {
        if (replaced.isEmpty()) {
            return Mono.empty();
        }
        Set<CardId> replacing = Set.copyOf(replaced);
        List<CardOwner> losing = ownedBy.values().stream()
                .filter(owned -> !owned.cardsToRemove().isEmpty())
                .map(OwnedCards::owner)
                .toList();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return Flux.fromIterable(losing)
                .concatMap(cards::of)
                .filter(card -> replacing.contains(card.id()))
                .collectMap(SavedCard::id)
                .flatMap(described -> cards.remove(replaced)
                        .concatMap(id -> described.containsKey(id)
                                ? outbox.append(CardEvents.cardDeleted(described.get(id),
                                        CardDeleted.Reason.REPLACED_BY_NEWER_CARD, CardEvents.THE_VAULT, now),
                                        correlationIdOf.get(described.get(id).owner()))
                                : Mono.<Void>empty())
                        .then());
    }

    private static CardPolicy policyOf(SavedCard card, Map<String, TenantCardPolicy> policyOf) {
        return policyOf.get(card.owner().tenantId()).policy();
    }

    private Mono<Void> publishStored(List<SavedCard> allowed, Map<SavedCard, OwnedCards.Offer> offers,
                                     Map<CardOwner, OwnedCards> ownedBy, Set<CardId> stored,
                                     Map<SavedCard, SaveCardCommand> commandOf, Map<SaveCardCommand, SaveCardOutcome> outcomes) {
        return Flux.fromIterable(allowed)
                .concatMap(card -> {
                    SaveCardCommand command = commandOf.get(card);
                    SaveCardOutcome outcome = outcomeOf(card, offers.get(card), ownedBy.get(card.owner()), stored);
                    outcomes.put(command, outcome);
                    return outcome == SaveCardOutcome.SAVED || outcome == SaveCardOutcome.SAVED_REPLACING_OLDEST
                            ? outbox.append(cardSaved(card, command), command.correlationId())
                            : Mono.<Void>empty();
                })
                .then();
    }

    private static SaveCardOutcome outcomeOf(SavedCard card, OwnedCards.Offer offer, OwnedCards owned, Set<CardId> stored) {
        return switch (offer) {
            case ALREADY_HELD -> SaveCardOutcome.ALREADY_SAVED;
            case NOT_ADDED_AT_LIMIT -> SaveCardOutcome.NOT_SAVED_AT_LIMIT;
            case ADDED, ADDED_REPLACING_OLDEST -> {
                if (owned.wasReplacedBeforeStored(card.id())) {
                    yield SaveCardOutcome.REPLACED_IN_BATCH;
                }
                if (!stored.contains(card.id())) {
                    yield SaveCardOutcome.ALREADY_SAVED;
                }
                yield offer == OwnedCards.Offer.ADDED ? SaveCardOutcome.SAVED : SaveCardOutcome.SAVED_REPLACING_OLDEST;
            }
        };
    }

    private static CardSaved cardSaved(SavedCard card, SaveCardCommand command) {
        var details = card.details();
        CardSummary summary = new CardSummary(details.brand().name(), details.maskedNumber().value(),
                details.expiry().toMmYy(), details.holderName());
        return new CardSaved(card.owner().tenantId(), card.id().value(), card.owner().customerId(), summary,
                command.sealedAlias(), card.savedThrough().name(), command.paymentId(), card.savedAt());
    }
}
