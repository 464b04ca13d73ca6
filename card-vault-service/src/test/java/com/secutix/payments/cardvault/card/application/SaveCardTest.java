package com.secutix.payments.cardvault.card.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.secutix.payments.cardvault.card.domain.CardBrand;
import com.secutix.payments.cardvault.card.domain.CardDetails;
import com.secutix.payments.cardvault.card.domain.CardExpiry;
import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.MaskedNumber;
import com.secutix.payments.cardvault.card.domain.PspAlias;
import com.secutix.payments.cardvault.card.domain.SalesChannel;
import com.secutix.payments.cardvault.card.domain.SavedCard;
import com.secutix.payments.cardvault.policy.application.ReadCardPolicy;
import com.secutix.payments.cardvault.policy.domain.AtSavedCardLimit;
import com.secutix.payments.cardvault.policy.domain.CardPolicy;
import com.secutix.payments.events.card.v1.CardDeleted;
import com.secutix.payments.events.card.v1.CardSaved;
import com.secutix.payments.platform.kafka.ProcessedEvents;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;

class SaveCardTest {

    private static final Instant NOW = Instant.parse("2026-03-14T10:15:30Z");
    private static final CardId CARD_ID = new CardId(UUID.fromString("11111111-2222-3333-4444-555555555555"));

    private final InMemoryCards cards = new InMemoryCards();
    private final InMemoryCardPolicies policies = new InMemoryCardPolicies();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final AtomicInteger cardIds = new AtomicInteger();
    /** The first card's id is {@link #CARD_ID}, every other one a new one. */
    private final SaveCard saveCard = new SaveCard(cards, new ReadCardPolicy(policies), new InMemoryProcessedEvents(),
            outbox, Clock.fixed(NOW, ZoneOffset.UTC),
            () -> cardIds.getAndIncrement() == 0 ? CARD_ID : new CardId(UUID.randomUUID()));

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
        assertThat(event.sealedPspAlias()).isEqualTo(sealed("ALIAS-1"));
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
    void the_cards_of_one_batch_are_saved_one_microsecond_apart_in_the_order_of_their_events() {
        saveCard.save(List.of(aliceSaves("ALIAS-1", "event-1"), aliceSaves("ALIAS-2", "event-2"),
                aliceSaves("ALIAS-3", "event-3"))).block();

        assertThat(cards.of(alice()).collectList().block()).extracting(card -> card.alias().value(), SavedCard::savedAt)
                .containsExactly(tuple("ALIAS-1", NOW), tuple("ALIAS-2", NOW.plus(1, ChronoUnit.MICROS)),
                        tuple("ALIAS-3", NOW.plus(2, ChronoUnit.MICROS)));
    }

    @Test
    void a_tenant_that_does_not_let_buyers_save_cards_gets_none_saved_and_the_event_is_handled() {
        policies.set("demo-theatre", policy(false, 5, AtSavedCardLimit.KEEP_EXISTING_CARDS));
        SaveCardCommand command = aliceSaves("ALIAS-1", "event-1");

        assertThat(saveCard.save(List.of(command)).block()).containsExactly(SaveCardOutcome.SAVING_DISABLED);
        assertThat(saveCard.save(List.of(command)).block()).containsExactly(SaveCardOutcome.EVENT_ALREADY_HANDLED);

        assertThat(cards.all()).isEmpty();
        assertThat(outbox.events).isEmpty();
    }

    @Test
    void at_the_limit_keep_existing_cards_saves_nothing_and_keeps_the_cards() {
        policies.set("demo-theatre", policy(true, 2, AtSavedCardLimit.KEEP_EXISTING_CARDS));
        aliceHolds("OLD-1", "OLD-2");

        assertThat(saveCard.save(List.of(aliceSaves("ALIAS-NEW", "event-1"))).block())
                .containsExactly(SaveCardOutcome.NOT_SAVED_AT_LIMIT);

        assertThat(aliasesOf(alice())).containsExactly("OLD-1", "OLD-2");
        assertThat(outbox.events).isEmpty();
    }

    @Test
    void at_the_limit_replace_oldest_card_removes_the_oldest_and_saves_the_new_one() {
        policies.set("demo-theatre", policy(true, 2, AtSavedCardLimit.REPLACE_OLDEST_CARD));
        aliceHolds("OLD-1", "OLD-2");

        assertThat(saveCard.save(List.of(aliceSaves("ALIAS-NEW", "event-1"))).block())
                .containsExactly(SaveCardOutcome.SAVED_REPLACING_OLDEST);

        assertThat(aliasesOf(alice())).containsExactly("OLD-2", "ALIAS-NEW");
        assertThat(outbox.events).filteredOn(CardSaved.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((CardSaved) event).sealedPspAlias()).isEqualTo(sealed("ALIAS-NEW")));
    }

    @Test
    void replacing_the_oldest_card_publishes_card_deleted_for_it_before_card_saved() {
        policies.set("demo-theatre", policy(true, 2, AtSavedCardLimit.REPLACE_OLDEST_CARD));
        aliceHolds("OLD-1", "OLD-2");
        SavedCard oldest = cards.of(alice()).blockFirst();

        saveCard.save(List.of(aliceSaves("ALIAS-NEW", "event-1"))).block();

        assertThat(outbox.events).hasSize(2);
        CardDeleted deleted = (CardDeleted) outbox.events.get(0);
        assertThat(deleted.cardId()).isEqualTo(oldest.id().value());
        assertThat(deleted.reason()).isEqualTo(CardDeleted.Reason.REPLACED_BY_NEWER_CARD);
        assertThat(deleted.deletedBy()).isEqualTo("card-vault-service");
        assertThat(deleted.customerId()).isEqualTo("alice");
        assertThat(deleted.card().maskedNumber()).isEqualTo("XXXXXXXXXXXX1111");
        assertThat(deleted.channel()).isEqualTo("WEB");
        assertThat(deleted.toString()).doesNotContain("OLD-1");
        assertThat(outbox.events.get(1)).isInstanceOf(CardSaved.class);
        assertThat(outbox.correlationIds).containsExactly("correlation-1", "correlation-1");
    }

    @Test
    void a_card_the_customer_holds_already_does_not_count_as_new_at_the_limit() {
        policies.set("demo-theatre", policy(true, 2, AtSavedCardLimit.REPLACE_OLDEST_CARD));
        aliceHolds("OLD-1", "OLD-2");

        assertThat(saveCard.save(List.of(aliceSaves("OLD-1", "event-1"))).block()).containsExactly(SaveCardOutcome.ALREADY_SAVED);

        assertThat(aliasesOf(alice())).containsExactly("OLD-1", "OLD-2");
        assertThat(outbox.events).isEmpty();
    }

    @Test
    void a_redelivered_event_replaces_nothing_more() {
        policies.set("demo-theatre", policy(true, 2, AtSavedCardLimit.REPLACE_OLDEST_CARD));
        aliceHolds("OLD-1", "OLD-2");
        SaveCardCommand command = aliceSaves("ALIAS-NEW", "event-1");
        saveCard.save(List.of(command)).block();

        assertThat(saveCard.save(List.of(command)).block()).containsExactly(SaveCardOutcome.EVENT_ALREADY_HANDLED);

        assertThat(aliasesOf(alice())).containsExactly("OLD-2", "ALIAS-NEW");
        assertThat(outbox.events).hasSize(2);
    }

    @Test
    void a_batch_of_three_new_cards_at_a_limit_of_two_keeps_the_first_two_when_keeping_existing_cards() {
        policies.set("demo-theatre", policy(true, 2, AtSavedCardLimit.KEEP_EXISTING_CARDS));

        assertThat(saveCard.save(List.of(aliceSaves("ALIAS-1", "event-1"), aliceSaves("ALIAS-2", "event-2"),
                aliceSaves("ALIAS-3", "event-3"))).block())
                .containsExactly(SaveCardOutcome.SAVED, SaveCardOutcome.SAVED, SaveCardOutcome.NOT_SAVED_AT_LIMIT);

        assertThat(aliasesOf(alice())).containsExactly("ALIAS-1", "ALIAS-2");
        assertThat(outbox.events).extracting(event -> ((CardSaved) event).sealedPspAlias()).containsExactly(sealed("ALIAS-1"), sealed("ALIAS-2"));
    }

    @Test
    void a_batch_of_three_new_cards_at_a_limit_of_two_keeps_the_last_two_when_replacing_the_oldest_and_never_stores_the_first() {
        policies.set("demo-theatre", policy(true, 2, AtSavedCardLimit.REPLACE_OLDEST_CARD));

        assertThat(saveCard.save(List.of(aliceSaves("ALIAS-1", "event-1"), aliceSaves("ALIAS-2", "event-2"),
                aliceSaves("ALIAS-3", "event-3"))).block())
                .containsExactly(SaveCardOutcome.REPLACED_IN_BATCH, SaveCardOutcome.SAVED, SaveCardOutcome.SAVED_REPLACING_OLDEST);

        assertThat(aliasesOf(alice())).containsExactly("ALIAS-2", "ALIAS-3");
        assertThat(outbox.events).extracting(event -> ((CardSaved) event).sealedPspAlias()).containsExactly(sealed("ALIAS-2"), sealed("ALIAS-3"));
    }

    @Test
    void a_limit_lowered_below_what_a_customer_holds_is_reached_again_when_replacing_the_oldest() {
        policies.set("demo-theatre", policy(true, 2, AtSavedCardLimit.REPLACE_OLDEST_CARD));
        aliceHolds("OLD-1", "OLD-2", "OLD-3");

        assertThat(saveCard.save(List.of(aliceSaves("ALIAS-NEW", "event-1"))).block())
                .containsExactly(SaveCardOutcome.SAVED_REPLACING_OLDEST);

        assertThat(aliasesOf(alice())).containsExactly("OLD-3", "ALIAS-NEW");
    }

    @Test
    void the_limit_counts_the_cards_of_one_customer_of_one_tenant() {
        policies.set("demo-theatre", policy(true, 1, AtSavedCardLimit.KEEP_EXISTING_CARDS));
        policies.set("other-theatre", policy(true, 1, AtSavedCardLimit.KEEP_EXISTING_CARDS));
        CardOwner aliceElsewhere = new CardOwner("other-theatre", "alice");
        CardOwner bob = new CardOwner("demo-theatre", "bob");
        cards.addAbsent(List.of(heldCard(aliceElsewhere, "ELSEWHERE", 1), heldCard(bob, "BOBS", 1))).blockLast();

        assertThat(saveCard.save(List.of(aliceSaves("ALIAS-1", "event-1"))).block()).containsExactly(SaveCardOutcome.SAVED);

        assertThat(aliasesOf(alice())).containsExactly("ALIAS-1");
        assertThat(aliasesOf(aliceElsewhere)).containsExactly("ELSEWHERE");
        assertThat(aliasesOf(bob)).containsExactly("BOBS");
    }

    @Test
    void the_policies_of_every_tenant_of_a_batch_are_read_at_once() {
        policies.set("other-theatre", policy(false, 5, AtSavedCardLimit.KEEP_EXISTING_CARDS));

        List<SaveCardOutcome> outcomes = saveCard.save(List.of(aliceSaves("ALIAS-1", "event-1"),
                commandOf(new CardOwner("other-theatre", "alice"), "ALIAS-2", "event-2"),
                commandOf(new CardOwner("third-theatre", "alice"), "ALIAS-3", "event-3"))).block();

        assertThat(outcomes).containsExactly(SaveCardOutcome.SAVED, SaveCardOutcome.SAVING_DISABLED, SaveCardOutcome.SAVED);
        assertThat(policies.reads).isEqualTo(1);
    }

    @Test
    void a_printed_command_never_shows_the_alias() {
        assertThat(aliceSaves("ALIAS-SECRET-42", "event-1").toString()).doesNotContain("ALIAS-SECRET-42")
                .contains("alias=[hidden]");
    }

    private static CardOwner alice() {
        return new CardOwner("demo-theatre", "alice");
    }

    private static CardPolicy policy(boolean savingEnabled, int limit, AtSavedCardLimit atLimit) {
        return new CardPolicy(savingEnabled, limit, atLimit, CardPolicy.DEFAULT.cvvForSavedCards());
    }

    /** Alice's cards saved before, a day apart, oldest first. */
    private void aliceHolds(String... aliases) {
        for (int i = 0; i < aliases.length; i++) {
            cards.addAbsent(List.of(heldCard(alice(), aliases[i], aliases.length - i))).blockLast();
        }
    }

    private static SavedCard heldCard(CardOwner owner, String alias, int daysAgo) {
        return new SavedCard(new CardId(UUID.randomUUID()), owner, new PspAlias(alias),
                new CardDetails(new CardBrand("VISA"), new MaskedNumber("XXXXXXXXXXXX1111"),
                        new CardExpiry(YearMonth.of(2030, 12)), "Alice Martin"),
                SalesChannel.WEB, NOW.minus(daysAgo, ChronoUnit.DAYS));
    }

    private List<String> aliasesOf(CardOwner owner) {
        return cards.of(owner).map(card -> card.alias().value()).collectList().block();
    }

    private static SaveCardCommand aliceSaves(String alias, String eventId) {
        return commandOf(alice(), alias, eventId);
    }

    /** The alias as the payment event carried it, sealed (its text only: the application never opens it). */
    private static String sealed(String alias) {
        return "v1:test:" + alias;
    }

    private static SaveCardCommand commandOf(CardOwner owner, String alias, String eventId) {
        return new SaveCardCommand(eventId, "correlation-1", UUID.randomUUID(), owner,
                new PspAlias(alias), sealed(alias),
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
}
