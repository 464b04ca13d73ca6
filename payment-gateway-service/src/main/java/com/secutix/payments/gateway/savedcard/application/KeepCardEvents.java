package com.secutix.payments.gateway.savedcard.application;

import com.secutix.payments.gateway.savedcard.domain.SavedCard;
import com.secutix.payments.gateway.savedcard.domain.TenantCardPolicy;
import com.secutix.payments.platform.kafka.ProcessedEvents;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Mono;

/**
 * Keeps what a batch of the vault's events tells, each event once, in one transaction: the cards of its
 * {@code CardSaved} events and the tenants' card policies of its {@code CardPolicyChanged} events. A redelivered
 * event is recognised by its id ({@link ProcessedEvents#handleEachOnce}); a card id already kept is left as it is,
 * whatever event brings it again; a policy older than (or as old as) the tenant's kept one changes nothing, so
 * events arriving out of order leave the latest policy. What is kept and the handled event ids commit together, or
 * none of them does. Nothing is published: the gateway reads these when a payment names a saved card.
 */
public class KeepCardEvents {

    /**
     * The consumer name under which handled event ids are recorded: the effect's, so that another consumer of
     * the same events in this database would keep its own record of them. Named when only saved cards were kept,
     * and kept so, so the events handled before are still recognised.
     */
    public static final String CONSUMER = "payment-gateway-service/saved-cards";

    private final SavedCards savedCards;
    private final CardPolicies cardPolicies;
    private final ProcessedEvents processedEvents;

    public KeepCardEvents(SavedCards savedCards, CardPolicies cardPolicies, ProcessedEvents processedEvents) {
        this.savedCards = savedCards;
        this.cardPolicies = cardPolicies;
        this.processedEvents = processedEvents;
    }

    /** How many cards and policies of a batch were stored; the others were handled before or older. */
    public record Kept(long cards, long policies) {
    }

    public Mono<Kept> keep(List<CardEventCommand> commands) {
        return Mono.defer(() -> {
            AtomicLong cards = new AtomicLong();
            AtomicLong policies = new AtomicLong();
            return processedEvents.handleEachOnce(CONSUMER, commands, CardEventCommand::eventId,
                            fresh -> savedCards.addAbsent(cardsOf(fresh)).doOnNext(cards::set)
                                    .then(cardPolicies.keepNewer(policiesOf(fresh)).doOnNext(policies::set))
                                    .then())
                    .then(Mono.fromSupplier(() -> new Kept(cards.get(), policies.get())));
        });
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
