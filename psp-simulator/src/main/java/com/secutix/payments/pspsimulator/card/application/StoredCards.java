package com.secutix.payments.pspsimulator.card.application;

import com.secutix.payments.pspsimulator.card.domain.CardView;
import com.secutix.payments.pspsimulator.card.domain.StoredCard;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The aliases and their cards, in memory only: a restart forgets them. */
public class StoredCards {

    private record Key(String pspid, String alias) {
    }

    private final ConcurrentMap<Key, StoredCard> cards = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration temporaryAliasLifetime;

    public StoredCards(Clock clock, Duration temporaryAliasLifetime) {
        this.clock = clock;
        this.temporaryAliasLifetime = temporaryAliasLifetime;
    }

    public Optional<StoredCard> find(String pspid, String alias) {
        Key key = new Key(pspid, alias);
        StoredCard card = cards.get(key);
        if (card != null && card.isGoneAt(clock.instant(), temporaryAliasLifetime)) {
            cards.remove(key, card);
            return Optional.empty();
        }
        return Optional.ofNullable(card);
    }

    public void save(StoredCard card) {
        cards.put(new Key(card.pspid(), card.alias()), card);
    }

    public Optional<CardView> view(String pspid, String alias) {
        return find(pspid, alias).map(StoredCard::view);
    }

    /** The CVC retained by the Alias Gateway for this alias, if any; given once. */
    public Optional<String> takeCvc(String pspid, String alias) {
        return find(pspid, alias).flatMap(card -> card.takeCvc(clock.instant()));
    }

    /** A temporary alias used in a transaction that also says ALIASPERSISTEDAFTERUSE=N is deleted. */
    public void forgetIfTemporary(String pspid, String alias) {
        find(pspid, alias).filter(StoredCard::isTemporary).ifPresent(card -> cards.remove(new Key(pspid, alias), card));
    }

    public void clear() {
        cards.clear();
    }
}
