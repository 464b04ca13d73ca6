package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.events.card.v1.CardUpdated;
import com.secutix.payments.platform.kafka.ProcessedEvents;
import com.secutix.payments.platform.outbox.Outbox;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Applies the card details the PSP confirmed on a signed alias-update redirect (checked by the gateway, which
 * publishes them as {@code SavedCardDetailsConfirmed}) to the saved card they name, and appends {@code CardUpdated}
 * with the card's new masked data, for a batch of events in one transaction with their handled ids. A card its
 * owner no longer holds (deleted meanwhile, or never theirs) is left alone and nothing is published. The details
 * come from the event only, never from a caller.
 */
public class ApplyConfirmedCardDetails {

    /** The consumer name under which handled event ids are recorded. */
    public static final String CONSUMER = "card-vault-service.card-details";

    private final CardDetailsUpdates updates;
    private final ProcessedEvents processedEvents;
    private final Outbox outbox;
    private final Clock clock;

    public ApplyConfirmedCardDetails(CardDetailsUpdates updates, ProcessedEvents processedEvents, Outbox outbox,
                                     Clock clock) {
        this.updates = updates;
        this.processedEvents = processedEvents;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Emits the commands that changed a card (new events whose card still exists). */
    public Mono<List<ConfirmedCardDetailsCommand>> apply(List<ConfirmedCardDetailsCommand> commands) {
        return Mono.defer(() -> {
            List<ConfirmedCardDetailsCommand> applied = new ArrayList<>();
            return processedEvents.handleEachOnce(CONSUMER, commands, ConfirmedCardDetailsCommand::eventId,
                            fresh -> Flux.fromIterable(fresh)
                                    .concatMap(command -> updates.replaceDetails(command.owner(), command.cardId(),
                                                    command.details())
                                            .flatMap(channel -> outbox.append(new CardUpdated(command.owner().tenantId(),
                                                            command.cardId().value(), command.owner().customerId(),
                                                            CardEvents.summaryOf(command.details()), channel.name(),
                                                            clock.instant().truncatedTo(ChronoUnit.MICROS)),
                                                    command.correlationId())
                                                    .then(Mono.fromRunnable(() -> applied.add(command)))))
                                    .then())
                    .then(Mono.fromSupplier(() -> List.copyOf(applied)));
        });
    }
}
