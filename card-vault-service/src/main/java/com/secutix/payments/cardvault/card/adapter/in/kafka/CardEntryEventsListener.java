package com.secutix.payments.cardvault.card.adapter.in.kafka;

import com.secutix.payments.cardvault.card.application.ApplyConfirmedCardDetails;
import com.secutix.payments.cardvault.card.application.ConfirmedCardDetailsCommand;
import com.secutix.payments.cardvault.card.domain.CardBrand;
import com.secutix.payments.cardvault.card.domain.CardDetails;
import com.secutix.payments.cardvault.card.domain.CardExpiry;
import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.MaskedNumber;
import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.events.EventCatalogue;
import com.secutix.payments.events.EventMetadata;
import com.secutix.payments.events.EventType;
import com.secutix.payments.events.Topics;
import com.secutix.payments.events.cardentry.v1.SavedCardDetailsConfirmed;
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
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Applies the saved-card details the PSP confirmed (the gateway's {@code SavedCardDetailsConfirmed} on
 * {@code payments.cardentry.v1}) through {@link ApplyConfirmedCardDetails}, a poll at a time
 * ({@link EventBatches}). Believed only from the gateway ({@code ce_source}) with the payload's tenant equal to
 * {@code ce_tenantid}; such a record, an unreadable one or one whose card data cannot be kept is poison and goes
 * to {@code payments.cardentry.v1.dlt} with the reason. Other types are skipped.
 */
@Component
class CardEntryEventsListener {

    static final String CONSUMER_GROUP = "card-vault-service.card-details";

    private static final Logger log = LoggerFactory.getLogger(CardEntryEventsListener.class);
    private static final EventType<SavedCardDetailsConfirmed> CONFIRMED = EventCatalogue.SAVED_CARD_DETAILS_CONFIRMED;
    private static final Duration APPLY_TIMEOUT = Duration.ofSeconds(30);

    private final ApplyConfirmedCardDetails applyConfirmedCardDetails;

    CardEntryEventsListener(ApplyConfirmedCardDetails applyConfirmedCardDetails) {
        this.applyConfirmedCardDetails = applyConfirmedCardDetails;
    }

    @KafkaListener(topics = Topics.CARD_ENTRIES, groupId = CONSUMER_GROUP,
            containerFactory = PlatformKafkaAutoConfiguration.BATCH_LISTENER_FACTORY)
    void on(List<ConsumerRecord<String, byte[]>> records) {
        EventBatches.handle(records, CardEntryEventsListener::commandOf, this::apply, APPLY_TIMEOUT);
    }

    private Mono<List<ConfirmedCardDetailsCommand>> apply(List<ConfirmedCardDetailsCommand> commands) {
        return applyConfirmedCardDetails.apply(commands).doOnNext(applied -> log.debug(
                "Batch of {} confirmed card details: {} cards updated", commands.size(), applied.size()));
    }

    private static Optional<ConfirmedCardDetailsCommand> commandOf(ConsumerRecord<String, byte[]> record) {
        if (!CONFIRMED.name().equals(IncomingEvents.metadata(record).type())) {
            return Optional.empty();
        }
        IncomingEvent<SavedCardDetailsConfirmed> event = IncomingEvents.parse(record, SavedCardDetailsConfirmed.class);
        EventMetadata metadata = event.metadata();
        if (!CONFIRMED.source().equals(metadata.source())) {
            throw new PoisonEventException("event " + metadata.id() + " of type " + metadata.type() + " comes from "
                    + metadata.source() + ", only " + CONFIRMED.source() + " publishes it");
        }
        SavedCardDetailsConfirmed confirmed = event.payload();
        if (!metadata.tenantId().equals(confirmed.tenantId())) {
            throw new PoisonEventException("event " + metadata.id() + " is of tenant " + confirmed.tenantId()
                    + " but its header " + CloudEventHeaders.TENANT_ID + " says " + metadata.tenantId());
        }
        try {
            CardSummary card = confirmed.card();
            CardDetails details = new CardDetails(new CardBrand(card.brand()), new MaskedNumber(card.maskedNumber()),
                    CardExpiry.parse(card.expiry()), card.holderName());
            return Optional.of(new ConfirmedCardDetailsCommand(metadata.id(), metadata.correlationId(),
                    new CardOwner(confirmed.tenantId(), confirmed.customerId()), new CardId(confirmed.cardId()), details));
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new PoisonEventException("details confirmed for card " + confirmed.cardId() + " cannot be kept: "
                    + invalid.getMessage(), invalid);
        }
    }
}
