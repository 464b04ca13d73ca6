package com.secutix.payments.cardvault.card.domain;

import static com.secutix.payments.cardvault.card.domain.SavedCardFixtures.alice;
import static com.secutix.payments.cardvault.card.domain.SavedCardFixtures.aliceVisa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.secutix.payments.cardvault.policy.domain.AtSavedCardLimit;
import com.secutix.payments.cardvault.policy.domain.CardPolicy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class OwnedCardsTest {

    private static final HeldCard OLD_1 = held("OLD-1");
    private static final HeldCard OLD_2 = held("OLD-2");

    @Test
    void below_the_limit_a_new_card_is_added() {
        OwnedCards owned = OwnedCards.of(alice(), List.of(OLD_1));
        SavedCard card = aliceVisa("NEW");

        assertThat(owned.offer(card, policy(2, AtSavedCardLimit.KEEP_EXISTING_CARDS))).isEqualTo(OwnedCards.Offer.ADDED);

        assertThat(owned.cardsToAdd()).containsExactly(card);
        assertThat(owned.cardsToRemove()).isEmpty();
        assertThat(owned.count()).isEqualTo(2);
    }

    @Test
    void at_the_limit_keeping_the_existing_cards_adds_nothing() {
        OwnedCards owned = OwnedCards.of(alice(), List.of(OLD_1, OLD_2));

        assertThat(owned.offer(aliceVisa("NEW"), policy(2, AtSavedCardLimit.KEEP_EXISTING_CARDS)))
                .isEqualTo(OwnedCards.Offer.NOT_ADDED_AT_LIMIT);

        assertThat(owned.cardsToAdd()).isEmpty();
        assertThat(owned.cardsToRemove()).isEmpty();
    }

    @Test
    void at_the_limit_replacing_the_oldest_removes_the_oldest_and_adds_the_new_card() {
        OwnedCards owned = OwnedCards.of(alice(), List.of(OLD_1, OLD_2));
        SavedCard card = aliceVisa("NEW");

        assertThat(owned.offer(card, policy(2, AtSavedCardLimit.REPLACE_OLDEST_CARD)))
                .isEqualTo(OwnedCards.Offer.ADDED_REPLACING_OLDEST);

        assertThat(owned.cardsToRemove()).containsExactly(OLD_1.id());
        assertThat(owned.cardsToAdd()).containsExactly(card);
        assertThat(owned.count()).isEqualTo(2);
    }

    @Test
    void an_alias_held_already_changes_nothing_and_does_not_count() {
        OwnedCards owned = OwnedCards.of(alice(), List.of(OLD_1, OLD_2));

        assertThat(owned.offer(aliceVisa("OLD-1"), policy(2, AtSavedCardLimit.REPLACE_OLDEST_CARD)))
                .isEqualTo(OwnedCards.Offer.ALREADY_HELD);

        assertThat(owned.cardsToRemove()).isEmpty();
        assertThat(owned.cardsToAdd()).isEmpty();
    }

    @Test
    void a_new_card_replaced_by_a_later_one_of_the_same_batch_is_never_stored_and_no_stored_card_is_removed_for_it() {
        OwnedCards owned = OwnedCards.none(alice());
        CardPolicy replaceAtTwo = policy(2, AtSavedCardLimit.REPLACE_OLDEST_CARD);
        SavedCard first = aliceVisa("NEW-1");
        SavedCard second = aliceVisa("NEW-2");
        SavedCard third = aliceVisa("NEW-3");

        assertThat(List.of(owned.offer(first, replaceAtTwo), owned.offer(second, replaceAtTwo), owned.offer(third, replaceAtTwo)))
                .containsExactly(OwnedCards.Offer.ADDED, OwnedCards.Offer.ADDED, OwnedCards.Offer.ADDED_REPLACING_OLDEST);

        assertThat(owned.cardsToAdd()).containsExactly(second, third);
        assertThat(owned.cardsToRemove()).isEmpty();
        assertThat(owned.wasReplacedBeforeStored(first.id())).isTrue();
        assertThat(owned.wasReplacedBeforeStored(third.id())).isFalse();
    }

    @Test
    void above_a_lowered_limit_replacing_the_oldest_removes_as_many_as_it_takes() {
        HeldCard old3 = held("OLD-3");
        OwnedCards owned = OwnedCards.of(alice(), List.of(OLD_1, OLD_2, old3));

        owned.offer(aliceVisa("NEW"), policy(2, AtSavedCardLimit.REPLACE_OLDEST_CARD));

        assertThat(owned.cardsToRemove()).containsExactly(OLD_1.id(), OLD_2.id());
        assertThat(owned.count()).isEqualTo(2);
    }

    @Test
    void a_card_of_another_customer_is_refused() {
        OwnedCards owned = OwnedCards.none(new CardOwner("demo-theatre", "bob"));

        assertThatThrownBy(() -> owned.offer(aliceVisa("NEW"), CardPolicy.DEFAULT)).isInstanceOf(IllegalArgumentException.class);
    }

    private static HeldCard held(String alias) {
        return new HeldCard(new CardId(UUID.randomUUID()), new PspAlias(alias));
    }

    private static CardPolicy policy(int limit, AtSavedCardLimit atLimit) {
        return new CardPolicy(true, limit, atLimit, CardPolicy.DEFAULT.cvvForSavedCards());
    }
}
