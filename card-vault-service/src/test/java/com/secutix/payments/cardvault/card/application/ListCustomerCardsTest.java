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
import com.secutix.payments.platform.problem.NotFoundException;
import com.secutix.payments.platform.security.Caller;
import com.secutix.payments.platform.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListCustomerCardsTest {

    private static final Clock FEBRUARY_2026 = Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC);

    private final InMemoryCards cards = new InMemoryCards();
    private final ListCustomerCards listCustomerCards = new ListCustomerCards(cards, FEBRUARY_2026);

    @BeforeEach
    void aliceHasAValidAndAnExpiredCard() {
        cards.addAbsent(List.of(card("demo-theatre", "alice", YearMonth.of(2026, 2)))).blockLast();
        cards.addAbsent(List.of(card("demo-theatre", "alice", YearMonth.of(2026, 1)))).blockLast();
        cards.addAbsent(List.of(card("other-theatre", "alice", YearMonth.of(2030, 1)))).blockLast();
    }

    @Test
    void a_customer_sees_their_cards_with_those_past_their_expiry_month_flagged() {
        List<CustomerCard> listed = listCustomerCards.list(caller("alice", "demo-theatre", Role.CUSTOMER), "alice")
                .collectList().block();

        assertThat(listed).extracting(CustomerCard::expired).containsExactly(false, true);
    }

    @Test
    void staff_of_the_tenant_see_the_customers_cards_of_their_tenant_only() {
        for (Role role : List.of(Role.OPERATOR, Role.BOX_OFFICE, Role.SALES_SYSTEM, Role.ADMIN)) {
            assertThat(listCustomerCards.list(caller("staff", "demo-theatre", role), "alice").collectList().block())
                    .hasSize(2)
                    .allMatch(listed -> listed.card().owner().tenantId().equals("demo-theatre"));
        }
    }

    @Test
    void another_customer_is_told_the_customer_does_not_exist() {
        assertThatThrownBy(() -> listCustomerCards.list(caller("bob", "demo-theatre", Role.CUSTOMER), "alice")
                .collectList().block())
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_caller_of_another_tenant_never_sees_this_tenants_cards() {
        List<CustomerCard> listed = listCustomerCards.list(caller("staff", "third-theatre", Role.OPERATOR), "alice")
                .collectList().block();

        assertThat(listed).isEmpty();
    }

    private static Caller caller(String subject, String tenant, Role role) {
        return new Caller(subject, tenant, Set.of(role));
    }

    private static SavedCard card(String tenant, String customer, YearMonth expiry) {
        return new SavedCard(new CardId(UUID.randomUUID()), new CardOwner(tenant, customer),
                new PspAlias("ALIAS-" + UUID.randomUUID()),
                new CardDetails(new CardBrand("VISA"), new MaskedNumber("XXXXXXXXXXXX1111"), new CardExpiry(expiry), null),
                SalesChannel.WEB, Instant.parse("2026-01-10T10:00:00Z"));
    }
}
