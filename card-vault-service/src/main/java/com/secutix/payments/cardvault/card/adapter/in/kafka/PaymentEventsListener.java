package com.secutix.payments.cardvault.card.adapter.in.kafka;

import com.secutix.payments.cardvault.card.application.SaveCard;
import com.secutix.payments.cardvault.card.application.SaveCardCommand;
import com.secutix.payments.cardvault.card.application.SaveCardOutcome;
import com.secutix.payments.cardvault.card.domain.CardBrand;
import com.secutix.payments.cardvault.card.domain.CardDetails;
import com.secutix.payments.cardvault.card.domain.CardExpiry;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.MaskedNumber;
import com.secutix.payments.cardvault.card.domain.PspAlias;
import com.secutix.payments.cardvault.card.domain.SalesChannel;
import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.events.EventCatalogue;
import com.secutix.payments.events.EventMetadata;
import com.secutix.payments.events.EventType;
import com.secutix.payments.events.Topics;
import com.secutix.payments.events.payment.v1.PaymentCaptured;
import com.secutix.payments.platform.kafka.EventBatches;
import com.secutix.payments.platform.kafka.IncomingEvent;
import com.secutix.payments.platform.kafka.IncomingEvents;
import com.secutix.payments.platform.kafka.PlatformKafkaAutoConfiguration;
import com.secutix.payments.platform.kafka.PoisonEventException;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.secutix.payments.platform.secrets.SealContext;
import com.secutix.payments.platform.secrets.SealedSecretException;
import com.secutix.payments.platform.secrets.SecretSealer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Saves the card of every captured payment whose buyer asked to keep it, under the tenant's card policy
 * ({@link SaveCard}), a poll's records at a time ({@link EventBatches}: every record read and checked first, then
 * the cards of the batch saved in one transaction, then the batch's offsets committed). Other payment events are acknowledged and skipped. A captured payment is believed only when it comes from the payment gateway
 * ({@code ce_source}) and its payload's tenant is the tenant of its {@code ce_tenantid} header. A record
 * without valid CloudEvents headers, with an unreadable body, from another source, of two tenants, or
 * whose card cannot be kept fails with a poison error and goes to the dead-letter topic with the
 * reason, through the platform's error handler; nothing is saved for it, and the other records of its
 * batch are each saved once (those before it with the batch, those after it with the next poll).
 * <p>
 * The listener runs on a Kafka container thread, not on a Reactor event loop: waiting there for the
 * batch's transaction ({@code block} inside {@link EventBatches}) holds no event loop.
 */
@Component
class PaymentEventsListener {

    static final String CONSUMER_GROUP = "card-vault-service";

    private static final Logger log = LoggerFactory.getLogger(PaymentEventsListener.class);
    private static final EventType<PaymentCaptured> PAYMENT_CAPTURED = EventCatalogue.PAYMENT_CAPTURED;
    private static final Duration SAVE_TIMEOUT = Duration.ofSeconds(30);

    private final SaveCard saveCard;
    private final SecretSealer sealer;

    PaymentEventsListener(SaveCard saveCard, SecretSealer sealer) {
        this.saveCard = saveCard;
        this.sealer = sealer;
    }

    @KafkaListener(topics = Topics.PAYMENTS, groupId = CONSUMER_GROUP,
            containerFactory = PlatformKafkaAutoConfiguration.BATCH_LISTENER_FACTORY)
    void on(List<ConsumerRecord<String, byte[]>> records) {
        EventBatches.handle(records, this::saveCardCommandOf, this::save, SAVE_TIMEOUT);
    }

    /**
     * Saves the batch; once it committed, one INFO line per event whose card the tenant's policy did not let be
     * saved (never the alias), and one DEBUG line with the batch's outcome counts. A redelivered event is not
     * logged again (it is {@link SaveCardOutcome#EVENT_ALREADY_HANDLED}).
     */
    private Mono<List<SaveCardOutcome>> save(List<SaveCardCommand> commands) {
        return saveCard.save(commands).doOnNext(outcomes -> {
            for (int i = 0; i < commands.size(); i++) {
                if (outcomes.get(i) == SaveCardOutcome.SAVING_DISABLED) {
                    SaveCardCommand command = commands.get(i);
                    log.info("Card of payment {} not saved: tenant {} does not let buyers save cards (event {})",
                            command.paymentId(), command.owner().tenantId(), command.eventId());
                }
            }
            if (log.isDebugEnabled()) {
                log.debug("Batch of {} cards to save: {}", commands.size(), outcomes.stream()
                        .collect(Collectors.groupingBy(Function.identity(), () -> new EnumMap<>(SaveCardOutcome.class),
                                Collectors.counting())));
            }
        });
    }

    /** The card to save of a captured payment that asked for it; empty for every other record to skip. */
    private Optional<SaveCardCommand> saveCardCommandOf(ConsumerRecord<String, byte[]> record) {
        if (!PAYMENT_CAPTURED.name().equals(IncomingEvents.metadata(record).type())) {
            return Optional.empty();
        }
        IncomingEvent<PaymentCaptured> event = IncomingEvents.parse(record, PaymentCaptured.class);
        checkTrusted(event);
        if (!event.payload().saveCardRequested()) {
            return Optional.empty();
        }
        return Optional.of(saveCardCommandOf(event));
    }

    /** Poison when anyone but the gateway sent the event, or when its payload and its header name two tenants. */
    private static void checkTrusted(IncomingEvent<PaymentCaptured> event) {
        EventMetadata metadata = event.metadata();
        if (!PAYMENT_CAPTURED.source().equals(metadata.source())) {
            throw new PoisonEventException("event " + metadata.id() + " of type " + metadata.type() + " comes from "
                    + metadata.source() + ", only " + PAYMENT_CAPTURED.source() + " publishes it");
        }
        if (!metadata.tenantId().equals(event.payload().tenantId())) {
            throw new PoisonEventException("event " + metadata.id() + " is of tenant " + event.payload().tenantId()
                    + " but its header " + CloudEventHeaders.TENANT_ID + " says " + metadata.tenantId());
        }
    }

    /**
     * Poison when the event's card cannot be kept as it is (e.g. unknown channel), or its sealed alias does not open
     * for the event's tenant (tampered, sealed for another tenant, under a key this service lacks): retrying would
     * not help.
     */
    private SaveCardCommand saveCardCommandOf(IncomingEvent<PaymentCaptured> event) {
        PaymentCaptured captured = event.payload();
        try {
            PspAlias alias = new PspAlias(sealer.open(captured.sealedPspAlias(), SealContext.pspAlias(captured.tenantId())));
            CardSummary card = captured.card();
            CardDetails details = new CardDetails(new CardBrand(card.brand()), new MaskedNumber(card.maskedNumber()),
                    CardExpiry.parse(card.expiry()), card.holderName());
            return new SaveCardCommand(event.metadata().id(), event.metadata().correlationId(), captured.paymentId(),
                    new CardOwner(captured.tenantId(), captured.customerId()), alias, captured.sealedPspAlias(),
                    details, SalesChannel.named(captured.channel()));
        } catch (IllegalArgumentException | NullPointerException | SealedSecretException invalid) {
            throw new PoisonEventException("card of payment " + captured.paymentId() + " cannot be saved: "
                    + invalid.getMessage(), invalid);
        }
    }
}
