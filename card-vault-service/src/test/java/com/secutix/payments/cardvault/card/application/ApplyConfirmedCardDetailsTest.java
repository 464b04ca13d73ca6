package com.secutix.payments.cardvault.card.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.cardvault.card.domain.CardBrand;
import com.secutix.payments.cardvault.card.domain.CardDetails;
import com.secutix.payments.cardvault.card.domain.CardExpiry;
import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.MaskedNumber;
import com.secutix.payments.cardvault.card.domain.SalesChannel;
import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.card.v1.CardUpdated;
import com.secutix.payments.platform.kafka.ProcessedEvents;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

class ApplyConfirmedCardDetailsTest {

    private static final Instant NOW = Instant.parse("2026-03-14T10:15:30Z");
    private static final CardOwner ALICE = new CardOwner("demo-theatre", "alice");
    private static final CardId CARD = new CardId(UUID.fromString("11111111-2222-3333-4444-555555555555"));

    private final Map<CardId, CardDetails> stored = new HashMap<>();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final CardDetailsUpdates updates = (owner, id, details) -> Mono.defer(() -> {
        if (!owner.equals(ALICE) || !stored.containsKey(id)) {
            return Mono.empty();
        }
        stored.put(id, details);
        return Mono.just(SalesChannel.MOBILE);
    });
    private final ApplyConfirmedCardDetails apply = new ApplyConfirmedCardDetails(updates, new InMemoryProcessedEvents(),
            outbox, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void applies_the_confirmed_details_and_publishes_card_updated_once() {
        stored.put(CARD, details("12/30", "Alice Martin"));
        ConfirmedCardDetailsCommand command = new ConfirmedCardDetailsCommand("event-1", "correlation-1", ALICE, CARD,
                details("06/33", "Alice Martin-Dubois"));

        assertThat(apply.apply(List.of(command)).block()).containsExactly(command);
        assertThat(apply.apply(List.of(command)).block()).isEmpty();

        assertThat(stored.get(CARD).expiry().toMmYy()).isEqualTo("06/33");
        assertThat(outbox.events).singleElement().isEqualTo(new CardUpdated("demo-theatre", CARD.value(), "alice",
                new CardSummary("VISA", "XXXXXXXXXXXX1111", "06/33", "Alice Martin-Dubois"), "MOBILE", NOW));
        assertThat(outbox.correlationIds).containsExactly("correlation-1");
    }

    @Test
    void a_card_no_longer_held_or_of_another_customer_changes_nothing_and_publishes_nothing() {
        stored.put(CARD, details("12/30", "Alice Martin"));
        ConfirmedCardDetailsCommand unknown = new ConfirmedCardDetailsCommand("event-1", null, ALICE,
                new CardId(UUID.randomUUID()), details("06/33", null));
        ConfirmedCardDetailsCommand bobs = new ConfirmedCardDetailsCommand("event-2", null,
                new CardOwner("demo-theatre", "bob"), CARD, details("06/33", "Bob"));

        assertThat(apply.apply(List.of(unknown, bobs)).block()).isEmpty();

        assertThat(stored.get(CARD).expiry().toMmYy()).isEqualTo("12/30");
        assertThat(outbox.events).isEmpty();
    }

    private static CardDetails details(String expiry, String holder) {
        return new CardDetails(new CardBrand("VISA"), new MaskedNumber("XXXXXXXXXXXX1111"), CardExpiry.parse(expiry),
                holder);
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
}
