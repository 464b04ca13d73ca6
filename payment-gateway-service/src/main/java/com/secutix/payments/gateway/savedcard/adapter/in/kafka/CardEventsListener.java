package com.secutix.payments.gateway.savedcard.adapter.in.kafka;

import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.CloudEventHeaders;
import com.secutix.payments.events.EventCatalogue;
import com.secutix.payments.events.EventMetadata;
import com.secutix.payments.events.EventType;
import com.secutix.payments.events.PlatformEvent;
import com.secutix.payments.events.Topics;
import com.secutix.payments.events.card.v1.CardDeleted;
import com.secutix.payments.events.card.v1.CardPolicyChanged;
import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.events.card.v1.CardUpdated;
import com.secutix.payments.gateway.savedcard.application.CardEventCommand;
import com.secutix.payments.gateway.savedcard.application.ForgetSavedCardCommand;
import com.secutix.payments.gateway.savedcard.application.KeepCardEvents;
import com.secutix.payments.gateway.savedcard.application.KeepCardPolicyCommand;
import com.secutix.payments.gateway.savedcard.application.KeepSavedCardCommand;
import com.secutix.payments.gateway.savedcard.application.UpdateSavedCardCommand;
import com.secutix.payments.gateway.savedcard.domain.AtSavedCardLimit;
import com.secutix.payments.gateway.savedcard.domain.CardPolicy;
import com.secutix.payments.gateway.savedcard.domain.CvvRule;
import com.secutix.payments.gateway.savedcard.domain.PolicyChannel;
import com.secutix.payments.gateway.savedcard.domain.SavedCard;
import com.secutix.payments.gateway.savedcard.domain.SavedCardDetails;
import com.secutix.payments.gateway.savedcard.domain.TenantCardPolicy;
import com.secutix.payments.platform.kafka.EventBatches;
import com.secutix.payments.platform.kafka.IncomingEvent;
import com.secutix.payments.platform.kafka.IncomingEvents;
import com.secutix.payments.platform.kafka.PlatformKafkaAutoConfiguration;
import com.secutix.payments.platform.kafka.PoisonEventException;
import com.secutix.payments.platform.secrets.SealContext;
import com.secutix.payments.platform.secrets.SealedSecretException;
import com.secutix.payments.platform.secrets.SecretSealer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import reactor.core.publisher.Mono;

/**
 * Keeps what the vault tells on {@code payments.card.v1}: every card it saved ({@code CardSaved}), so that a payment
 * can name a saved card by its id, the new masked data of a card ({@code CardUpdated}), the cards it deleted
 * ({@code CardDeleted}: removed, and remembered so that neither their id nor their alias pays again), and each
 * tenant's latest card policy ({@code CardPolicyChanged}), whose CVV rules
 * the payments apply. A poll's records are handled at a time ({@link EventBatches}: every record read and checked
 * first, then the batch kept in one transaction, then the batch's offsets committed). Other events of the topic are
 * acknowledged and skipped. An event is believed only when it comes from the card vault ({@code ce_source}) and its
 * payload's tenant is the tenant of its {@code ce_tenantid} header: anyone else could otherwise hand a customer's card
 * id to another customer, or switch a tenant's CVV rule off. A record without valid CloudEvents headers, with an
 * unreadable body, from another source, of two tenants, whose card no payment could carry or whose policy is not a
 * whole valid policy fails with a poison error and goes to the dead-letter topic with the reason, through the
 * platform's error handler; nothing is kept for it, and the other records of its batch are each kept once (those
 * before it with the batch, those after it with the next poll).
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
    private static final EventType<CardPolicyChanged> CARD_POLICY_CHANGED = EventCatalogue.CARD_POLICY_CHANGED;
    private static final EventType<CardUpdated> CARD_UPDATED = EventCatalogue.CARD_UPDATED;
    private static final EventType<CardDeleted> CARD_DELETED = EventCatalogue.CARD_DELETED;
    private static final Duration KEEP_TIMEOUT = Duration.ofSeconds(30);

    private final KeepCardEvents keepCardEvents;
    private final SecretSealer sealer;

    public CardEventsListener(KeepCardEvents keepCardEvents, SecretSealer sealer) {
        this.keepCardEvents = keepCardEvents;
        this.sealer = sealer;
    }

    @KafkaListener(topics = Topics.CARDS, groupId = CONSUMER_GROUP,
            containerFactory = PlatformKafkaAutoConfiguration.BATCH_LISTENER_FACTORY)
    void on(List<ConsumerRecord<String, byte[]>> records) {
        EventBatches.handle(records, this::commandOf, this::keep, KEEP_TIMEOUT);
    }

    private Mono<KeepCardEvents.Kept> keep(List<CardEventCommand> commands) {
        return keepCardEvents.keep(commands)
                .doOnNext(kept -> log.debug("Batch of {} card events: {} new saved cards, {} updated, {} deleted,"
                        + " {} newer card policies", commands.size(), kept.cards(), kept.updated(), kept.deleted(),
                        kept.policies()));
    }

    /**
     * What to keep of a {@code CardSaved}, {@code CardUpdated}, {@code CardDeleted} or {@code CardPolicyChanged}
     * event; empty for every other record to skip.
     */
    private Optional<CardEventCommand> commandOf(ConsumerRecord<String, byte[]> record) {
        String type = IncomingEvents.metadata(record).type();
        if (CARD_SAVED.name().equals(type)) {
            IncomingEvent<CardSaved> event = IncomingEvents.parse(record, CardSaved.class);
            checkTrusted(event, CARD_SAVED);
            return Optional.of(keepCommandOf(event, sealer));
        }
        if (CARD_POLICY_CHANGED.name().equals(type)) {
            IncomingEvent<CardPolicyChanged> event = IncomingEvents.parse(record, CardPolicyChanged.class);
            checkTrusted(event, CARD_POLICY_CHANGED);
            return Optional.of(keepPolicyCommandOf(event));
        }
        if (CARD_UPDATED.name().equals(type)) {
            IncomingEvent<CardUpdated> event = IncomingEvents.parse(record, CardUpdated.class);
            checkTrusted(event, CARD_UPDATED);
            return Optional.of(updateCommandOf(event));
        }
        if (CARD_DELETED.name().equals(type)) {
            IncomingEvent<CardDeleted> event = IncomingEvents.parse(record, CardDeleted.class);
            checkTrusted(event, CARD_DELETED);
            CardDeleted deleted = event.payload();
            return Optional.of(new ForgetSavedCardCommand(event.metadata().id(), deleted.cardId(), deleted.tenantId(),
                    deleted.customerId(), deleted.reason().name(), deleted.occurredAt()));
        }
        return Optional.empty();
    }

    /** Poison when the new details are not ones a payment could carry: retrying would not help. */
    private static UpdateSavedCardCommand updateCommandOf(IncomingEvent<CardUpdated> event) {
        CardUpdated updated = event.payload();
        try {
            CardSummary card = updated.card();
            return new UpdateSavedCardCommand(event.metadata().id(), updated.cardId(), updated.tenantId(),
                    updated.customerId(), new SavedCardDetails(card.brand(), card.maskedNumber(), card.expiry(),
                            card.holderName()));
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new PoisonEventException("saved card " + updated.cardId() + " cannot be updated: "
                    + invalid.getMessage(), invalid);
        }
    }

    /** Poison when anyone but the vault sent the event, or when its payload and its header name two tenants. */
    private static void checkTrusted(IncomingEvent<? extends PlatformEvent> event, EventType<?> type) {
        EventMetadata metadata = event.metadata();
        if (!type.source().equals(metadata.source())) {
            throw new PoisonEventException("event " + metadata.id() + " of type " + metadata.type() + " comes from "
                    + metadata.source() + ", only " + type.source() + " publishes it");
        }
        if (!metadata.tenantId().equals(event.payload().tenantId())) {
            throw new PoisonEventException("event " + metadata.id() + " is of tenant " + event.payload().tenantId()
                    + " but its header " + CloudEventHeaders.TENANT_ID + " says " + metadata.tenantId());
        }
    }

    /**
     * Poison when the saved card is not one a payment could carry (e.g. an alias with spaces), or its sealed alias
     * does not open for the event's tenant (tampered, sealed for another tenant, under a key this service lacks):
     * retrying would not help.
     */
    private static KeepSavedCardCommand keepCommandOf(IncomingEvent<CardSaved> event, SecretSealer sealer) {
        CardSaved saved = event.payload();
        try {
            String alias = sealer.open(saved.sealedPspAlias(), SealContext.pspAlias(saved.tenantId()));
            CardSummary card = saved.card();
            SavedCardDetails details = new SavedCardDetails(card.brand(), card.maskedNumber(), card.expiry(),
                    card.holderName());
            return new KeepSavedCardCommand(event.metadata().id(), new SavedCard(saved.cardId(), saved.tenantId(),
                    saved.customerId(), alias, details, saved.occurredAt()));
        } catch (IllegalArgumentException | NullPointerException | SealedSecretException invalid) {
            throw new PoisonEventException("saved card " + saved.cardId() + " cannot be kept: " + invalid.getMessage(),
                    invalid);
        }
    }

    /**
     * Poison when the policy is not a whole valid one (a channel without a rule, an unknown rule, a threshold
     * without {@code ABOVE_AMOUNT}...): keeping part of it would apply rules the tenant never set.
     */
    private static KeepCardPolicyCommand keepPolicyCommandOf(IncomingEvent<CardPolicyChanged> event) {
        CardPolicyChanged changed = event.payload();
        try {
            Map<PolicyChannel, CvvRule> rules = new EnumMap<>(PolicyChannel.class);
            changed.cvvForSavedCards().forEach((channel, requirement) ->
                    rules.put(PolicyChannel.valueOf(channel), new CvvRule(CvvRule.Kind.valueOf(requirement.rule()),
                            Optional.ofNullable(requirement.threshold()))));
            CardPolicy policy = new CardPolicy(changed.savingEnabled(), changed.maxSavedCardsPerCustomer(),
                    AtSavedCardLimit.valueOf(changed.atLimit()), rules);
            return new KeepCardPolicyCommand(event.metadata().id(), new TenantCardPolicy(changed.tenantId(),
                    changed.policyVersion(), policy, changed.changedBy(), changed.occurredAt()));
        } catch (IllegalArgumentException | NullPointerException invalid) {
            throw new PoisonEventException("card policy " + changed.policyVersion() + " of tenant " + changed.tenantId()
                    + " cannot be kept: " + invalid.getMessage(), invalid);
        }
    }
}
