package com.secutix.payments.gateway.savedcard.application;

import com.secutix.payments.gateway.savedcard.domain.SavedCard;
import com.secutix.payments.platform.kafka.ProcessedEvents;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Mono;

/**
 * Keeps the cards of a batch of {@code CardSaved} events, each once, in one transaction: a redelivered event is
 * recognised by its id ({@link ProcessedEvents#handleEachOnce}), and a card id already kept is left as it is,
 * whatever event brings it again. The cards and the handled event ids commit together, or none of them does.
 * Nothing is published: the gateway only reads these cards when a payment names one by its id.
 */
public class KeepSavedCards {

    /**
     * The consumer name under which handled event ids are recorded: the effect's, so that another consumer of
     * the same events in this database would keep its own record of them.
     */
    public static final String CONSUMER = "payment-gateway-service/saved-cards";

    private final SavedCards savedCards;
    private final ProcessedEvents processedEvents;

    public KeepSavedCards(SavedCards savedCards, ProcessedEvents processedEvents) {
        this.savedCards = savedCards;
        this.processedEvents = processedEvents;
    }

    /** Emits how many cards were new: the others were handled before or already kept. */
    public Mono<Long> keep(List<KeepSavedCardCommand> commands) {
        return Mono.defer(() -> {
            AtomicLong stored = new AtomicLong();
            return processedEvents.handleEachOnce(CONSUMER, commands, KeepSavedCardCommand::eventId,
                            fresh -> savedCards.addAbsent(cardsOf(fresh)).doOnNext(stored::set).then())
                    .then(Mono.fromSupplier(stored::get));
        });
    }

    private static List<SavedCard> cardsOf(List<KeepSavedCardCommand> commands) {
        return commands.stream().map(KeepSavedCardCommand::card).toList();
    }
}
