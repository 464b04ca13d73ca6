package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.SavedCard;
import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.platform.kafka.ProcessedEvents;
import com.secutix.payments.platform.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Saves the cards of a batch of captured payments, each once, in one transaction: a redelivered event is
 * recognised by its id, and the same alias for the same customer is stored once whatever event brings it
 * (in the batch, the first one). The cards, their {@code CardSaved} events (transactional outbox) and the
 * handled event ids commit together, or none of them does.
 */
public class SaveCard {

    /** The consumer name under which handled event ids are recorded. */
    public static final String CONSUMER = "card-vault-service";

    private final Cards cards;
    private final ProcessedEvents processedEvents;
    private final Outbox outbox;
    private final Clock clock;
    private final Supplier<CardId> newCardId;

    public SaveCard(Cards cards, ProcessedEvents processedEvents, Outbox outbox, Clock clock, Supplier<CardId> newCardId) {
        this.cards = cards;
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
            Instant now = clock.instant();
            List<SavedCard> proposed = new ArrayList<>();
            Map<SavedCard, SaveCardCommand> commandOf = new IdentityHashMap<>();
            for (SaveCardCommand command : commands) {
                SavedCard card = new SavedCard(newCardId.get(), command.owner(), command.alias(), command.details(),
                        command.channel(), now);
                if (proposed.stream().anyMatch(card::isSameCardAs)) {
                    outcomes.put(command, SaveCardOutcome.ALREADY_SAVED);
                } else {
                    proposed.add(card);
                    commandOf.put(card, command);
                }
            }
            return cards.addAbsent(proposed).collect(Collectors.toSet())
                    .flatMap(stored -> publishStored(proposed, stored, commandOf, outcomes));
        });
    }

    private Mono<Void> publishStored(List<SavedCard> proposed, Set<CardId> stored, Map<SavedCard, SaveCardCommand> commandOf,
                                     Map<SaveCardCommand, SaveCardOutcome> outcomes) {
        return Flux.fromIterable(proposed)
                .concatMap(card -> {
                    SaveCardCommand command = commandOf.get(card);
                    if (!stored.contains(card.id())) {
                        outcomes.put(command, SaveCardOutcome.ALREADY_SAVED);
                        return Mono.empty();
                    }
                    outcomes.put(command, SaveCardOutcome.SAVED);
                    return outbox.append(cardSaved(card, command), command.correlationId());
                })
                .then();
    }

    private static CardSaved cardSaved(SavedCard card, SaveCardCommand command) {
        var details = card.details();
        CardSummary summary = new CardSummary(details.brand().name(), details.maskedNumber().value(),
                details.expiry().toMmYy(), details.holderName());
        return new CardSaved(card.owner().tenantId(), card.id().value(), card.owner().customerId(), summary,
                card.alias().value(), card.savedThrough().name(), command.paymentId(), card.savedAt());
    }
}
