package com.secutix.payments.cardvault.card.domain;

import com.secutix.payments.cardvault.policy.domain.AtSavedCardLimit;
import com.secutix.payments.cardvault.policy.domain.CardPolicy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The cards one customer of one tenant holds, oldest first, while the new cards of a batch are offered to it
 * one after the other under the tenant's {@link CardPolicy}: the end state is the one saving the cards one at a
 * time would give. Nothing is stored here; the caller removes {@link #cardsToRemove()} and then adds
 * {@link #cardsToAdd()}.
 * <ul>
 *   <li>a card whose alias the customer holds already is that card: nothing changes, and it does not count;</li>
 *   <li>below the limit, the card is added;</li>
 *   <li>at the limit (or above it, after the tenant lowered it), {@link AtSavedCardLimit#KEEP_EXISTING_CARDS}
 *   leaves the cards as they are, and {@link AtSavedCardLimit#REPLACE_OLDEST_CARD} removes the oldest cards
 *   until one more fits, then adds the card. A card of the same batch replaced before it was ever stored is
 *   simply not stored ({@link #wasReplacedBeforeStored}).</li>
 * </ul>
 */
public final class OwnedCards {

    /** What offering one card did. */
    public enum Offer {
        /** Added; the customer was below the limit. */
        ADDED,
        /** Added in place of the oldest card(s): the customer was at the limit and the tenant replaces the oldest. */
        ADDED_REPLACING_OLDEST,
        /** The customer holds this alias already: nothing changed. */
        ALREADY_HELD,
        /** Not added: the customer is at the limit and the tenant keeps the existing cards. */
        NOT_ADDED_AT_LIMIT
    }

    /** A card held: {@code added} is the new card of this batch, null for a card stored before. */
    private record Held(CardId id, PspAlias alias, SavedCard added) {
    }

    private final CardOwner owner;
    private final Deque<Held> held = new ArrayDeque<>();
    private final List<CardId> removed = new ArrayList<>();
    private final Set<CardId> replacedBeforeStored = new HashSet<>();

    private OwnedCards(CardOwner owner, List<HeldCard> oldestFirst) {
        this.owner = Objects.requireNonNull(owner, "card owner");
        oldestFirst.forEach(card -> held.addLast(new Held(card.id(), card.alias(), null)));
    }

    /** The cards {@code owner} holds now, oldest first. */
    public static OwnedCards of(CardOwner owner, List<HeldCard> oldestFirst) {
        return new OwnedCards(owner, oldestFirst);
    }

    /** A customer without cards. */
    public static OwnedCards none(CardOwner owner) {
        return new OwnedCards(owner, List.of());
    }

    public CardOwner owner() {
        return owner;
    }

    /** How many cards the customer holds, after the cards offered so far. */
    public int count() {
        return held.size();
    }

    /** Offers the customer's new card under the tenant's policy; see the class comment. */
    public Offer offer(SavedCard card, CardPolicy policy) {
        if (!card.belongsTo(owner)) {
            throw new IllegalArgumentException("card " + card.id() + " is not a card of this customer");
        }
        if (held.stream().anyMatch(existing -> existing.alias().equals(card.alias()))) {
            return Offer.ALREADY_HELD;
        }
        int limit = policy.maxSavedCardsPerCustomer();
        if (held.size() < limit) {
            held.addLast(new Held(card.id(), card.alias(), card));
            return Offer.ADDED;
        }
        if (policy.atLimit() == AtSavedCardLimit.KEEP_EXISTING_CARDS) {
            return Offer.NOT_ADDED_AT_LIMIT;
        }
        while (held.size() >= limit) {
            Held oldest = held.removeFirst();
            if (oldest.added() == null) {
                removed.add(oldest.id());
            } else {
                replacedBeforeStored.add(oldest.id());
            }
        }
        held.addLast(new Held(card.id(), card.alias(), card));
        return Offer.ADDED_REPLACING_OLDEST;
    }

    /** The cards stored before that the offers replaced, to remove. */
    public List<CardId> cardsToRemove() {
        return List.copyOf(removed);
    }

    /** The new cards the customer holds after the offers, to store, in the order they were offered. */
    public List<SavedCard> cardsToAdd() {
        return held.stream().map(Held::added).filter(Objects::nonNull).toList();
    }

    /** Whether the new card {@code id}, added by an offer, was replaced by a later one before it was stored. */
    public boolean wasReplacedBeforeStored(CardId id) {
        return replacedBeforeStored.contains(id);
    }
}
