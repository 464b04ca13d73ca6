package com.secutix.payments.cardvault.card.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.cardvault.card.domain.CardBrand;
import com.secutix.payments.cardvault.card.domain.CardDetails;
import com.secutix.payments.cardvault.card.domain.CardExpiry;
import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.MaskedNumber;
import com.secutix.payments.cardvault.card.domain.PspAlias;
import com.secutix.payments.cardvault.card.domain.SalesChannel;
import com.secutix.payments.cardvault.card.domain.SavedCard;
import com.secutix.payments.events.PlatformEvent;
import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.platform.kafka.ProcessedEvents;
import com.secutix.payments.platform.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

class SaveCardTest {

    private static final Instant NOW = Instant.parse("2026-03-14T10:15:30Z");
    private static final CardId CARD_ID = new CardId(UUID.fromString("11111111-2222-3333-4444-555555555555"));

    private final InMemoryCards cards = new InMemoryCards();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final SaveCard saveCard = new SaveCard(cards, new InMemoryProcessedEvents(), outbox,
            Clock.fixed(NOW, ZoneOffset.UTC), () -> CARD_ID);

    @Test
    void saves_the_card_and_appends_card_saved_to_the_outbox() {
        SaveCardCommand command = aliceSaves("ALIAS-1", "event-1");

        assertThat(saveCard.save(List.of(command)).block()).containsExactly(SaveCardOutcome.SAVED);

        SavedCard stored = cards.all().get(0);
        assertThat(stored.id()).isEqualTo(CARD_ID);
        assertThat(stored.savedAt()).isEqualTo(NOW);
        assertThat(stored.savedThrough()).isEqualTo(SalesChannel.BOX_OFFICE);
        CardSaved event = (CardSaved) outbox.events.get(0);
        assertThat(event.cardId()).isEqualTo(CARD_ID.value());
        assertThat(event.tenantId()).isEqualTo("demo-theatre");
        assertThat(event.customerId()).isEqualTo("alice");
        assertThat(event.pspAlias()).isEqualTo("ALIAS-1");
        assertThat(event.card().maskedNumber()).isEqualTo("XXXXXXXXXXXX1111");
        assertThat(event.card().expiry()).isEqualTo("12/30");
        assertThat(event.channel()).isEqualTo("BOX_OFFICE");
        assertThat(event.sourcePaymentId()).isEqualTo(command.paymentId());
        assertThat(event.occurredAt()).isEqualTo(NOW);
        assertThat(outbox.correlationIds).containsExactly("correlation-1");
    }

    @Test
    void a_redelivered_event_has_no_second_effect() {
        SaveCardCommand command = aliceSaves("ALIAS-1", "event-1");
        saveCard.save(List.of(command)).block();

        assertThat(saveCard.save(List.of(command)).block()).containsExactly(SaveCardOutcome.EVENT_ALREADY_HANDLED);

        assertThat(cards.all()).hasSize(1);
        assertThat(outbox.events).hasSize(1);
    }

    @Test
    void the_same_alias_brought_by_another_event_is_stored_once_and_published_once() {
        saveCard.save(List.of(aliceSaves("ALIAS-1", "event-1"))).block();

        assertThat(saveCard.save(List.of(aliceSaves("ALIAS-1", "event-2"))).block()).containsExactly(SaveCardOutcome.ALREADY_SAVED);

        assertThat(cards.all()).hasSize(1);
        assertThat(outbox.events).hasSize(1);
    }

    @Test
    void another_alias_of_the_same_customer_is_another_card() {
        saveCard.save(List.of(aliceSaves("ALIAS-1", "event-1"))).block();
        saveCard.save(List.of(aliceSaves("ALIAS-2", "event-2"))).block();

        assertThat(cards.all()).hasSize(2);
        assertThat(outbox.events).hasSize(2);
    }

    @Test
    void a_batch_saves_each_card_once_and_publishes_one_card_saved_per_card_stored() {
        SaveCardCommand first = aliceSaves("ALIAS-1", "event-1");
        SaveCardCommand sameCardAgain = aliceSaves("ALIAS-1", "event-2");
        SaveCardCommand redelivered = aliceSaves("ALIAS-1", "event-1");
        SaveCardCommand another = aliceSaves("ALIAS-2", "event-3");

        assertThat(saveCard.save(List.of(first, sameCardAgain, redelivered, another)).block()).containsExactly(
                SaveCardOutcome.SAVED, SaveCardOutcome.ALREADY_SAVED, SaveCardOutcome.EVENT_ALREADY_HANDLED,
                SaveCardOutcome.SAVED);

        assertThat(cards.all()).extracting(card -> card.alias().value()).containsExactly("ALIAS-1", "ALIAS-2");
        assertThat(outbox.events).extracting(event -> ((CardSaved) event).sourcePaymentId())
                .containsExactly(first.paymentId(), another.paymentId());
    }

    @Test
    void a_batch_redelivered_whole_changes_nothing() {
        List<SaveCardCommand> batch = List.of(aliceSaves("ALIAS-1", "event-1"), aliceSaves("ALIAS-2", "event-2"));
        saveCard.save(batch).block();

        assertThat(saveCard.save(batch).block()).containsOnly(SaveCardOutcome.EVENT_ALREADY_HANDLED);

        assertThat(cards.all()).hasSize(2);
        assertThat(outbox.events).hasSize(2);
    }

    @Test
    void a_printed_command_never_shows_the_alias() {
        assertThat(aliceSaves("ALIAS-SECRET-42", "event-1").toString()).doesNotContain("ALIAS-SECRET-42")
                .contains("alias=[hidden]");
    }

    private static SaveCardCommand aliceSaves(String alias, String eventId) {
        return new SaveCardCommand(eventId, "correlation-1", UUID.randomUUID(), new CardOwner("demo-theatre", "alice"),
                new PspAlias(alias),
                new CardDetails(new CardBrand("VISA"), new MaskedNumber("XXXXXXXXXXXX1111"),
                        new CardExpiry(YearMonth.of(2030, 12)), "Alice Martin"),
                SalesChannel.BOX_OFFICE);
    }

    /** Remembers handled event ids in memory; the real one does it in the effect's transaction. */
    private static final class InMemoryProcessedEvents extends ProcessedEvents {

        private final Set<String> handled = new HashSet<>();

        InMemoryProcessedEvents() {
            super(null, null, Clock.systemUTC());
        }

        @Override
        public <T> Mono<List<T>> handleEachOnce(String consumer, List<T> events, Function<T, String> eventId,
                                                Function<List<T>, Mono<Void>> effect) {
            return Mono.defer(() -> {
                List<T> fresh = events.stream().filter(event -> handled.add(consumer + "/" + eventId.apply(event))).toList();
                return fresh.isEmpty() ? Mono.just(fresh) : effect.apply(fresh).thenReturn(fresh);
            });
        }
    }

    private static final class RecordingOutbox implements Outbox {

        final List<PlatformEvent> events = new ArrayList<>();
        final List<String> correlationIds = new ArrayList<>();

        @Override
        public Mono<Void> append(PlatformEvent event, String correlationId) {
            return Mono.fromRunnable(() -> {
                events.add(event);
                correlationIds.add(correlationId);
            });
        }
    }
}
