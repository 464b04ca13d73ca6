package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.SavedCard;
import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.platform.kafka.ProcessedEvents;
import com.secutix.payments.platform.outbox.Outbox;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * Saves the card of a captured payment once: a redelivered event is recognised by its id, and the
 * same alias for the same customer is stored once whatever event brings it. The card and its
 * {@code CardSaved} event commit together (transactional outbox).
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

    public Mono<SaveCardOutcome> save(SaveCardCommand command) {
        return Mono.defer(() -> {
            AtomicReference<SaveCardOutcome> outcome = new AtomicReference<>();
            Mono<SaveCardOutcome> effect = storeOnce(command).doOnNext(outcome::set);
            return processedEvents.handleOnce(CONSUMER, command.eventId(), effect)
                    .map(handled -> handled ? outcome.get() : SaveCardOutcome.EVENT_ALREADY_HANDLED);
        });
    }

    private Mono<SaveCardOutcome> storeOnce(SaveCardCommand command) {
        return Mono.defer(() -> {
            SavedCard card = new SavedCard(newCardId.get(), command.owner(), command.alias(), command.details(),
                    command.channel(), clock.instant());
            return cards.addIfAbsent(card).flatMap(stored -> stored
                    ? outbox.append(cardSaved(card, command), command.correlationId()).thenReturn(SaveCardOutcome.SAVED)
                    : Mono.just(SaveCardOutcome.ALREADY_SAVED));
        });
    }

    private static CardSaved cardSaved(SavedCard card, SaveCardCommand command) {
        var details = card.details();
        CardSummary summary = new CardSummary(details.brand().name(), details.maskedNumber().value(),
                details.expiry().toMmYy(), details.holderName());
        return new CardSaved(card.owner().tenantId(), card.id().value(), card.owner().customerId(), summary,
                card.alias().value(), card.savedThrough().name(), command.paymentId(), card.savedAt());
    }
}
