package com.secutix.payments.gateway.savedcard.adapter.in.kafka;

import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.events.EventCatalogue;
import com.secutix.payments.events.EventMetadata;
import com.secutix.payments.events.EventType;
import com.secutix.payments.events.Topics;
import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.gateway.savedcard.application.KeepSavedCardCommand;
import com.secutix.payments.gateway.savedcard.application.KeepSavedCards;
import com.secutix.payments.gateway.savedcard.domain.SavedCard;
import com.secutix.payments.gateway.savedcard.domain.SavedCardDetails;
import com.secutix.payments.platform.kafka.EventBatches;
import com.secutix.payments.platform.kafka.IncomingEvent;
import com.secutix.payments.platform.kafka.IncomingEvents;
import com.secutix.payments.platform.kafka.PlatformKafkaAutoConfiguration;
import com.secutix.payments.platform.kafka.PoisonEventException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import reactor.core.publisher.Mono;

/**
 * Keeps every card the vault saved ({@code CardSaved} on {@code payments.card.v1}), a poll's records at a time
 * ({@link EventBatches}: every record read and checked first, then the cards of the batch kept in one
 * transaction, then the batch's offsets committed), so that a payment can name a saved card by its id. Other
 * events of the topic ({@code CardPolicyChanged}...) are acknowledged and skipped. A saved card is believed only
 * when it comes from the card vault ({@code ce_source}) and its payload's tenant is the tenant of its
 * {@code ce_tenantid} header: anyone else could otherwise hand a customer's card id to another customer. A
 * record without valid CloudEvents headers, with an unreadable body, from another source, of two tenants, or
 * whose card no payment could carry fails with a poison error and goes to the dead-letter topic with the
 * reason, through the platform's error handler; nothing is kept for it, and the other records of its batch are
 * each kept once (those before it with the batch, those after it with the next poll).
 * <p>
 * The listener runs on a Kafka container thread, not on a Reactor event loop: waiting there for the batch's
 * transaction ({@code block} inside {@link EventBatches}) holds no event loop. It logs nothing per event at
 * INFO, and never the alias.
 */
public class CardEventsListener {

    /** The gateway's consumer group, on every topic it consumes. */
    static final String CONSUMER_GROUP = "payment-gateway-service";

    private static final Logger log = LoggerFactory.getLogger(CardEventsListener.class);
    private static final EventType<CardSaved> CARD_SAVED = EventCatalogue.CARD_SAVED;
    private static final Duration KEEP_TIMEOUT = Duration.ofSeconds(30);

    private final KeepSavedCards keepSavedCards;

    public CardEventsListener(KeepSavedCards keepSavedCards) {
        this.keepSavedCards = keepSavedCards;
    }

    @KafkaListener(topics = Topics.CARDS, groupId = CONSUMER_GROUP,
            containerFactory = PlatformKafkaAutoConfiguration.BATCH_LISTENER_FACTORY)
    void on(List<ConsumerRecord<String, byte[]>> records) {
        EventBatches.handle(records, CardEventsListener::keepCommandOf, this::keep, KEEP_TIMEOUT);
    }

    private Mono<Long> keep(List<KeepSavedCardCommand> commands) {
        return keepSavedCards.keep(commands)
                .doOnNext(stored -> log.debug("Batch of {} saved cards: {} new", commands.size(), stored));
    }

    /** The card to keep of a {@code CardSaved} event; empty for every other record to skip. */
    private static Optional<KeepSavedCardCommand> keepCommandOf(ConsumerRecord<String, byte[]> record) {
        if (!CARD_SAVED.name().equals(IncomingEvents.metadata(record).type())) {
            return Optional.empty();
        }
        IncomingEvent<CardSaved> event = IncomingEvents.parse(record, CardSaved.class);
        checkTrusted(event);
        return Optional.of(keepCommandOf(event));
    }

    /** Poison when anyone but the vault sent the event, or when its payload and its header name two tenants. */
    private static void checkTrusted(IncomingEvent<CardSaved> event) {
        EventMetadata metadata = event.metadata();
        if (!CARD_SAVED.source().equals(metadata.source())) {
            throw new PoisonEventException("event " + metadata.id() + " of type " + metadata.type() + " comes from "
                    + metadata.source() + ", only " + CARD_SAVED.source() + " publishes it");
        }
        if (!metadata.tenantId().equals(event.payload().tenantId())) {
            throw new PoisonEventException("event " + metadata.id() + " is of tenant " + event.payload().tenantId()
                    + " but its header " + CloudEventHeaders.TENANT_ID + " says " + metadata.tenantId());
        }
    }

    /**
     * Poison when the saved card is not one a payment could carry (e.g. an alias with spaces): retrying would
     * not help.
     */
    private static KeepSavedCardCommand keepCommandOf(IncomingEvent<CardSaved> event) {
        CardSaved saved = event.payload();
        try {
            CardSummary card = saved.card();
            SavedCardDetails details = new SavedCardDetails(card.brand(), card.maskedNumber(), card.expiry(),
                    card.holderName());
            return new KeepSavedCardCommand(event.metadata().id(), new SavedCard(saved.cardId(), saved.tenantId(),
                    saved.customerId(), saved.pspAlias(), details, saved.occurredAt()));
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new PoisonEventException("saved card " + saved.cardId() + " cannot be kept: " + invalid.getMessage(),
                    invalid);
        }
    }
}
