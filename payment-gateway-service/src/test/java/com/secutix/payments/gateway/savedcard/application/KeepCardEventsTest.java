package com.secutix.payments.gateway.savedcard.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.secutix.payments.gateway.savedcard.domain.AliasDigest;
import com.secutix.payments.gateway.savedcard.domain.SavedCard;
import com.secutix.payments.gateway.savedcard.domain.SavedCardDetails;
import com.secutix.payments.gateway.savedcard.domain.TenantCardPolicy;
import com.secutix.payments.platform.kafka.ProcessedEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The vault's card events kept in one batch: saved, updated, deleted, in that order, each event once. */
class KeepCardEventsTest {

    private static final Instant NOW = Instant.parse("2026-03-14T10:15:30Z");
    private static final String TENANT = "demo-theatre";

    private final Map<UUID, SavedCard> kept = new HashMap<>();
    private final Map<UUID, Optional<String>> deleted = new HashMap<>();

    private final SavedCards savedCards = new SavedCards() {
        @Override
        public Mono<Long> addAbsent(List<SavedCard> cards) {
            return Mono.fromSupplier(() -> cards.stream().filter(card -> kept.putIfAbsent(card.id(), card) == null).count());
        }

        @Override
        public Mono<SavedCard> find(String tenantId, String customerId, UUID cardId) {
            return Mono.justOrEmpty(kept.get(cardId))
                    .filter(card -> card.tenantId().equals(tenantId) && card.customerId().equals(customerId));
        }
    };

    private final SavedCardChanges changes = new SavedCardChanges() {
        @Override
        public Mono<Boolean> replaceDetails(String tenantId, String customerId, UUID cardId, SavedCardDetails details) {
            return Mono.fromSupplier(() -> {
                SavedCard card = kept.get(cardId);
                if (card == null || !card.customerId().equals(customerId)) {
                    return false;
                }
                kept.put(cardId, new SavedCard(cardId, tenantId, customerId, card.pspAlias(), details, card.savedAt()));
                return true;
            });
        }

        @Override
        public Mono<Void> forget(String tenantId, String customerId, UUID cardId, Optional<String> aliasDigest,
                String reason, Instant deletedAt) {
            return Mono.fromRunnable(() -> {
                kept.remove(cardId);
                deleted.putIfAbsent(cardId, aliasDigest);
            });
        }

        @Override
        public Mono<Boolean> isDeletedCard(String tenantId, String customerId, UUID cardId) {
            return Mono.just(deleted.containsKey(cardId));
        }

        @Override
        public Mono<Boolean> isDeletedAlias(String tenantId, String aliasDigest) {
            return Mono.just(deleted.values().stream().anyMatch(digest -> digest.equals(Optional.of(aliasDigest))));
        }
    };

    private final CardPolicies policies = new CardPolicies() {
        @Override
        public Mono<Long> keepNewer(List<TenantCardPolicy> newer) {
            return Mono.just(0L);
        }

        @Override
        public Mono<TenantCardPolicy> find(String tenantId) {
            return Mono.empty();
        }
    };

    private final KeepCardEvents keep = new KeepCardEvents(savedCards, changes, policies, new InMemoryProcessedEvents());

    @Test
    void a_card_saved_updated_and_deleted_in_one_batch_ends_deleted_with_its_alias_digest() {
        SavedCard card = card("ALIAS-1");
        KeepCardEvents.Kept result = keep.keep(List.of(
                new KeepSavedCardCommand("e-1", card),
                new UpdateSavedCardCommand("e-2", card.id(), TENANT, "alice", details("06/33")),
                new ForgetSavedCardCommand("e-3", card.id(), TENANT, "alice", "CUSTOMER_REQUEST", NOW))).block();

        assertThat(result).isEqualTo(new KeepCardEvents.Kept(1, 0, 1, 1));
        assertThat(kept).isEmpty();
        assertThat(deleted).containsEntry(card.id(), Optional.of(AliasDigest.of("ALIAS-1")));
    }

    @Test
    void an_update_replaces_the_masked_data_and_keeps_the_alias_once_per_event() {
        SavedCard card = card("ALIAS-2");
        keep.keep(List.of(new KeepSavedCardCommand("e-1", card))).block();
        UpdateSavedCardCommand update = new UpdateSavedCardCommand("e-2", card.id(), TENANT, "alice", details("06/33"));

        assertThat(keep.keep(List.of(update)).block().updated()).isEqualTo(1);
        assertThat(keep.keep(List.of(update)).block().updated()).isZero();

        assertThat(kept.get(card.id()).details().expiry()).isEqualTo("06/33");
        assertThat(kept.get(card.id()).pspAlias()).isEqualTo("ALIAS-2");
    }

    @Test
    void a_card_deleted_that_was_never_kept_is_remembered_without_a_digest_and_an_unknown_update_changes_nothing() {
        UUID unknown = UUID.randomUUID();

        KeepCardEvents.Kept result = keep.keep(List.of(
                new UpdateSavedCardCommand("e-1", unknown, TENANT, "alice", details("06/33")),
                new ForgetSavedCardCommand("e-2", unknown, TENANT, "alice", "OPERATOR_REQUEST", NOW))).block();

        assertThat(result.updated()).isZero();
        assertThat(deleted).containsEntry(unknown, Optional.empty());
    }

    private static SavedCard card(String alias) {
        return new SavedCard(UUID.randomUUID(), TENANT, "alice", alias, details("01/31"), NOW);
    }

    private static SavedCardDetails details(String expiry) {
        return new SavedCardDetails("MasterCard", "XXXXXXXXXXXX4444", expiry, "Alice Martin");
    }

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
