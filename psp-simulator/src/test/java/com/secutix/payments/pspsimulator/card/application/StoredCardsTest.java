package com.secutix.payments.pspsimulator.card.application;

import com.secutix.payments.pspsimulator.MutableClock;
import com.secutix.payments.pspsimulator.card.domain.Brand;
import com.secutix.payments.pspsimulator.card.domain.CardNumber;
import com.secutix.payments.pspsimulator.card.domain.ExpiryDate;
import com.secutix.payments.pspsimulator.card.domain.StoredCard;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class StoredCardsTest {

    private static final String PSPID = "SECUTIXDEMO";
    private static final Duration CVC_RETENTION = Duration.ofMinutes(15);
    private static final Duration TEMPORARY_LIFETIME = Duration.ofHours(2);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));

    @Test
    void gives_a_kept_cvc_once_within_its_retention() {
        StoredCards cards = storedCards(10);
        cards.save(card("A1", false));
        cards.retainCvc(PSPID, "A1", "123");

        clock.advance(CVC_RETENTION.minusSeconds(1));

        assertThat(cards.takeCvc(PSPID, "A1")).contains("123");
        assertThat(cards.takeCvc(PSPID, "A1")).isEmpty();
        assertThat(cards.retainedCvcCount()).isZero();
    }

    @Test
    void removes_a_cvc_from_memory_once_its_retention_has_passed_even_if_never_taken() {
        StoredCards cards = storedCards(10);
        cards.save(card("A1", false));
        cards.retainCvc(PSPID, "A1", "123");
        assertThat(cards.retainedCvcCount()).isOne();

        clock.advance(CVC_RETENTION);

        assertThat(cards.retainedCvcCount()).isZero();
        assertThat(cards.takeCvc(PSPID, "A1")).isEmpty();
        assertThat(cards.find(PSPID, "A1")).isPresent();
    }

    @Test
    void forgets_the_kept_cvc_when_the_card_behind_the_alias_is_replaced() {
        StoredCards cards = storedCards(10);
        cards.save(card("A1", false));
        cards.retainCvc(PSPID, "A1", "123");

        cards.forgetCvc(PSPID, "A1");

        assertThat(cards.takeCvc(PSPID, "A1")).isEmpty();
    }

    @Test
    void a_temporary_alias_disappears_after_its_lifetime_and_a_persistent_one_stays() {
        StoredCards cards = storedCards(10);
        cards.save(card("TEMP", true));
        cards.save(card("KEPT", false));

        clock.advance(TEMPORARY_LIFETIME.minusSeconds(1));
        assertThat(cards.find(PSPID, "TEMP")).isPresent();

        clock.advance(Duration.ofSeconds(1));
        assertThat(cards.find(PSPID, "TEMP")).isEmpty();
        assertThat(cards.aliasCount()).isOne();

        clock.advance(Duration.ofDays(3650));
        assertThat(cards.find(PSPID, "KEPT")).isPresent();
    }

    @Test
    void a_temporary_alias_used_with_aliaspersistedafteruse_n_goes_at_once_with_its_cvc() {
        StoredCards cards = storedCards(10);
        cards.save(card("TEMP", true));
        cards.retainCvc(PSPID, "TEMP", "123");

        cards.forgetIfTemporary(PSPID, "TEMP");

        assertThat(cards.find(PSPID, "TEMP")).isEmpty();
        assertThat(cards.retainedCvcCount()).isZero();
    }

    @Test
    void keeps_at_most_the_maximum_of_aliases_and_evicts_the_oldest_first_with_its_cvc() {
        StoredCards cards = storedCards(2);
        cards.save(card("FIRST", false));
        cards.retainCvc(PSPID, "FIRST", "111");
        cards.save(card("SECOND", false));
        cards.find(PSPID, "FIRST");

        cards.save(card("THIRD", false));

        assertThat(cards.find(PSPID, "FIRST")).isEmpty();
        assertThat(cards.takeCvc(PSPID, "FIRST")).isEmpty();
        assertThat(cards.find(PSPID, "SECOND")).isPresent();
        assertThat(cards.find(PSPID, "THIRD")).isPresent();
        assertThat(cards.aliasCount()).isEqualTo(2);
        assertThat(cards.evictedAliasCount()).isOne();
    }

    @Test
    void an_alias_updated_in_place_keeps_its_place_in_the_eviction_order() {
        StoredCards cards = storedCards(2);
        StoredCard first = card("FIRST", false);
        cards.save(first);
        cards.save(card("SECOND", false));

        first.changeDetails("Grace Hopper", new ExpiryDate(YearMonth.of(2040, 1)));
        cards.save(card("THIRD", false));

        assertThat(cards.find(PSPID, "FIRST")).isEmpty();
        assertThat(cards.find(PSPID, "SECOND")).isPresent();
    }

    @Test
    void starting_afresh_forgets_aliases_cvcs_and_the_eviction_count() {
        StoredCards cards = storedCards(1);
        cards.save(card("FIRST", false));
        cards.save(card("SECOND", false));
        cards.retainCvc(PSPID, "SECOND", "123");

        cards.clear();

        assertThat(cards.aliasCount()).isZero();
        assertThat(cards.retainedCvcCount()).isZero();
        assertThat(cards.evictedAliasCount()).isZero();
    }

    private StoredCards storedCards(int maxAliases) {
        return new StoredCards(clock.ticker(), TEMPORARY_LIFETIME, CVC_RETENTION, maxAliases);
    }

    private StoredCard card(String alias, boolean temporary) {
        return new StoredCard(PSPID, alias, new CardNumber("4111111111111111"), Brand.VISA, "Ada Lovelace",
                new ExpiryDate(YearMonth.of(2039, 12)), temporary, clock.instant());
    }
}
