package com.secutix.payments.cardvault.card.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.secutix.payments.cardvault.card.domain.CardBrand;
import com.secutix.payments.cardvault.card.domain.CardDetails;
import com.secutix.payments.cardvault.card.domain.CardExpiry;
import com.secutix.payments.cardvault.card.domain.CardId;
import com.secutix.payments.cardvault.card.domain.CardOwner;
import com.secutix.payments.cardvault.card.domain.MaskedNumber;
import com.secutix.payments.cardvault.card.domain.PspAlias;
import com.secutix.payments.cardvault.card.domain.SalesChannel;
import com.secutix.payments.cardvault.card.domain.SavedCard;
import com.secutix.payments.events.card.v1.CardDeleted;
import com.secutix.payments.platform.problem.NotFoundException;
import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import reactor.core.publisher.Mono;

class DeleteCardTest {

    private static final Instant NOW = Instant.parse("2026-03-14T10:15:30Z");
    private static final String TENANT = "demo-theatre";

    private final InMemoryCards cards = new InMemoryCards();
    private final List<String> transactions = new ArrayList<>();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final DeleteCard deleteCard = new DeleteCard(cards, outbox, new CardTransactions() {
        @Override
        public <T> Mono<T> inOne(Mono<T> work) {
            return work.doOnSubscribe(subscription -> transactions.add("begin"));
        }
    }, Clock.fixed(NOW, ZoneOffset.UTC));

    private SavedCard alicesCard;

    @BeforeEach
    void aliceHoldsACard() {
        alicesCard = card(new CardOwner(TENANT, "alice"), "ALIAS-ALICE");
        cards.addAbsent(List.of(alicesCard, card(new CardOwner(TENANT, "bob"), "ALIAS-BOB"))).blockLast();
    }

    @Test
    void the_customer_deletes_their_own_card_and_card_deleted_is_appended_in_one_transaction() {
        deleteCard.delete(caller("alice", TENANT, Role.CUSTOMER), "alice", alicesCard.id().value(), "c-1").block();

        assertThat(cards.all()).extracting(SavedCard::id).doesNotContain(alicesCard.id()).hasSize(1);
        assertThat(transactions).containsExactly("begin");
        assertThat(outbox.events).singleElement().isInstanceOfSatisfying(CardDeleted.class, deleted -> {
            assertThat(deleted.cardId()).isEqualTo(alicesCard.id().value());
            assertThat(deleted.tenantId()).isEqualTo(TENANT);
            assertThat(deleted.customerId()).isEqualTo("alice");
            assertThat(deleted.reason()).isEqualTo(CardDeleted.Reason.CUSTOMER_REQUEST);
            assertThat(deleted.deletedBy()).isEqualTo("alice");
            assertThat(deleted.card().maskedNumber()).isEqualTo("XXXXXXXXXXXX1111");
            assertThat(deleted.card().expiry()).isEqualTo("12/30");
            assertThat(deleted.channel()).isEqualTo("WEB");
            assertThat(deleted.occurredAt()).isEqualTo(NOW);
            assertThat(deleted.toString()).doesNotContain("ALIAS-ALICE");
        });
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OPERATOR", "ADMIN"})
    void an_operator_or_admin_of_the_tenant_deletes_it_as_an_operator_request(Role role) {
        deleteCard.delete(caller("olivia", TENANT, role), "alice", alicesCard.id().value(), "c-1").block();

        assertThat(outbox.events).singleElement().isInstanceOfSatisfying(CardDeleted.class, deleted -> {
            assertThat(deleted.reason()).isEqualTo(CardDeleted.Reason.OPERATOR_REQUEST);
            assertThat(deleted.deletedBy()).isEqualTo("olivia");
        });
    }

    @Test
    void another_customer_another_tenant_a_terminal_or_an_unknown_card_get_not_found_and_nothing_changes() {
        List<Runnable> refused = List.of(
                () -> deleteCard.delete(caller("bob", TENANT, Role.CUSTOMER), "alice", alicesCard.id().value(), "c").block(),
                () -> deleteCard.delete(caller("bob", TENANT, Role.CUSTOMER), "bob", alicesCard.id().value(), "c").block(),
                () -> deleteCard.delete(caller("oscar", "demo-stadium", Role.OPERATOR), "alice", alicesCard.id().value(), "c").block(),
                () -> deleteCard.delete(caller("alice", "demo-stadium", Role.CUSTOMER), "alice", alicesCard.id().value(), "c").block(),
                () -> deleteCard.delete(caller("till-1", TENANT, Role.BOX_OFFICE), "alice", alicesCard.id().value(), "c").block(),
                () -> deleteCard.delete(caller("sales", TENANT, Role.SALES_SYSTEM), "alice", alicesCard.id().value(), "c").block(),
                () -> deleteCard.delete(caller("alice", TENANT, Role.CUSTOMER), "alice", UUID.randomUUID(), "c").block());

        refused.forEach(attempt -> assertThatThrownBy(attempt::run).isInstanceOf(NotFoundException.class));

        assertThat(cards.all()).hasSize(2);
        assertThat(outbox.events).isEmpty();
    }

    @Test
    void a_card_deleted_twice_is_not_found_the_second_time() {
        Caller alice = caller("alice", TENANT, Role.CUSTOMER);
        deleteCard.delete(alice, "alice", alicesCard.id().value(), "c").block();

        assertThatThrownBy(() -> deleteCard.delete(alice, "alice", alicesCard.id().value(), "c").block())
                .isInstanceOf(NotFoundException.class);
        assertThat(outbox.events).hasSize(1);
    }

    private static Caller caller(String subject, String tenant, Role role) {
        return new Caller(subject, tenant, Set.of(role));
    }

    private static SavedCard card(CardOwner owner, String alias) {
        return new SavedCard(new CardId(UUID.randomUUID()), owner, new PspAlias(alias),
                new CardDetails(new CardBrand("VISA"), new MaskedNumber("XXXXXXXXXXXX1111"),
                        new CardExpiry(YearMonth.of(2030, 12)), "Alice Martin"),
                SalesChannel.WEB, NOW.minusSeconds(3600));
    }
}
