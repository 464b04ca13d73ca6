package com.secutix.payments.gateway.savedcard.application;

import com.secutix.payments.gateway.savedcard.domain.AliasDigest;
import com.secutix.payments.gateway.savedcard.domain.SavedCard;
import com.secutix.payments.gateway.savedcard.domain.TenantCardPolicy;
import com.secutix.payments.platform.kafka.ProcessedEvents;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps what a batch of the vault's events tells, each event once, in one transaction: the cards of its
 * {@code CardSaved} events and the tenants' card policies of its {@code CardPolicyChanged} events. A redelivered
 * event is recognised by its id ({@link ProcessedEvents#handleEachOnce}); a card id already kept is left as it is,
 * whatever event brings it again; a policy older than (or as old as) the tenant's kept one changes nothing, so
 * events arriving out of order leave the latest policy. A {@code CardUpdated} replaces the card's masked data; a
 * {@code CardDeleted} removes the card and remembers it as deleted (its id, and its alias's digest), so that a payment
 * by that id or that alias is refused. A batch's events are applied in that order (saved, updated, deleted): one
 * card's events come in that order. What is kept and the handled event ids commit together, or none of them does.
 * Nothing is published: the gateway reads these when a payment names a saved card.
 */
public class KeepCardEvents {

    /**
     * The consumer name under which handled event ids are recorded: the effect's, so that another consumer of
     * the same events in this database would keep its own record of them. Named when only saved cards were kept,
     * and kept so, so the events handled before are still recognised.
     */
    public static final String CONSUMER = "payment-gateway-service/saved-cards";

    private final SavedCards savedCards;
    private final SavedCardChanges changes;
    private final CardPolicies cardPolicies;
    private final ProcessedEvents processedEvents;

    public KeepCardEvents(SavedCards savedCards, SavedCardChanges changes, CardPolicies cardPolicies,
            ProcessedEvents processedEvents) {
        this.savedCards = savedCards;
        this.changes = changes;
        this.cardPolicies = cardPolicies;
        this.processedEvents = processedEvents;
    }

    /**
     * How many cards and policies of a batch were stored, cards updated and cards deleted; the others were handled
     * before, older, or unknown.
     */
    public record Kept(long cards, long policies, long updated, long deleted) {

        public Kept(long cards, long policies) {
            this(cards, policies, 0, 0);
        }
    }

    public Mono<Kept> keep(List<CardEventCommand> commands) {
        return Mono.defer(() -> {
            AtomicLong cards = new AtomicLong();
            AtomicLong policies = new AtomicLong();
            AtomicLong updated = new AtomicLong();
            AtomicLong deleted = new AtomicLong();
            return processedEvents.handleEachOnce(CONSUMER, commands, CardEventCommand::eventId,
                            fresh -> savedCards.addAbsent(cardsOf(fresh)).doOnNext(cards::set)
                                    .then(update(fresh, updated))
                                    .then(forget(fresh, deleted))
                                    .then(cardPolicies.keepNewer(policiesOf(fresh)).doOnNext(policies::set))
                                    .then())
                    .then(Mono.fromSupplier(() -> new Kept(cards.get(), policies.get(), updated.get(), deleted.get())));
        });
    }

    private Mono<Void> update(List<CardEventCommand> commands, AtomicLong updated) {
        return Flux.fromIterable(commands)
                .ofType(UpdateSavedCardCommand.class)
                .concatMap(command -> changes.replaceDetails(command.tenantId(), command.customerId(), command.cardId(),
                        command.details()))
                .filter(Boolean::booleanValue)
                .doOnNext(changed -> updated.incrementAndGet())
                .then();
    }

    /** Each deleted card's alias is read as kept (to remember its digest), then the card removed. */
    private Mono<Void> forget(List<CardEventCommand> commands, AtomicLong deleted) {
        return Flux.fromIterable(commands)
                .ofType(ForgetSavedCardCommand.class)
                .concatMap(command -> savedCards.find(command.tenantId(), command.customerId(), command.cardId())
                        .map(card -> Optional.of(AliasDigest.of(card.pspAlias())))
                        .defaultIfEmpty(Optional.empty())
                        .flatMap(digest -> changes.forget(command.tenantId(), command.customerId(), command.cardId(),
                                digest, command.reason(), command.deletedAt()))
                        .doOnSuccess(done -> deleted.incrementAndGet()))
                .then();
    }

    private static List<SavedCard> cardsOf(List<CardEventCommand> commands) {
        return commands.stream()
                .filter(KeepSavedCardCommand.class::isInstance)
                .map(command -> ((KeepSavedCardCommand) command).card())
                .toList();
    }

    private static List<TenantCardPolicy> policiesOf(List<CardEventCommand> commands) {
        return commands.stream()
                .filter(KeepCardPolicyCommand.class::isInstance)
                .map(command -> ((KeepCardPolicyCommand) command).policy())
                .toList();
    }
}
