package com.secutix.payments.pspsimulator.card.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Scheduler;
import com.github.benmanes.caffeine.cache.Ticker;
import com.secutix.payments.pspsimulator.card.domain.CardView;
import com.secutix.payments.pspsimulator.card.domain.StoredCard;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The aliases, their cards and the CVCs the Alias Gateway keeps, in memory only: a restart forgets them. Memory
 * is bounded:
 * <ul>
 *   <li>a kept CVC expires after its retention time (it is removed from memory then, not only refused), and
 *       goes with its alias;</li>
 *   <li>a temporary alias (ALIASPERSISTEDAFTERUSE=N) expires after its lifetime counted from its creation; at
 *       most {@code maxAliases} temporary aliases exist at once (past that, Caffeine chooses which one goes);</li>
 *   <li>at most {@code maxAliases} persistent aliases, over all merchant accounts: the one created first is
 *       forgotten first (strictly, which Caffeine's size bound does not promise, hence a plain insertion-ordered
 *       map).</li>
 * </ul>
 */
public class StoredCards {

    private record Key(String pspid, String alias) {
    }

    private final int maxAliases;
    /** Oldest first; guarded by {@code this}. */
    private final LinkedHashMap<Key, StoredCard> persistent;
    private final Cache<Key, StoredCard> temporary;
    private final Cache<Key, String> cvcs;
    private long evictedAliases;

    /**
     * @param ticker the time source of the expiries (the simulator's clock), in nanoseconds
     */
    public StoredCards(Ticker ticker, Duration temporaryAliasLifetime, Duration cvcRetention, int maxAliases) {
        if (maxAliases < 1) {
            throw new IllegalArgumentException("maxAliases must be at least 1");
        }
        this.maxAliases = maxAliases;
        this.cvcs = Caffeine.newBuilder()
                .ticker(ticker)
                .scheduler(Scheduler.systemScheduler())
                .expireAfterWrite(cvcRetention)
                .build();
        this.temporary = Caffeine.newBuilder()
                .ticker(ticker)
                .scheduler(Scheduler.systemScheduler())
                .expireAfterWrite(temporaryAliasLifetime)
                .maximumSize(maxAliases)
                .<Key, StoredCard>evictionListener((key, card, cause) -> {
                    if (key != null) {
                        cvcs.invalidate(key);
                    }
                })
                .build();
        this.persistent = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, StoredCard> eldest) {
                if (size() <= StoredCards.this.maxAliases) {
                    return false;
                }
                cvcs.invalidate(eldest.getKey());
                evictedAliases++;
                return true;
            }
        };
    }

    public Optional<StoredCard> find(String pspid, String alias) {
        Key key = new Key(pspid, alias);
        StoredCard card = temporary.getIfPresent(key);
        if (card != null) {
            return Optional.of(card);
        }
        synchronized (this) {
            return Optional.ofNullable(persistent.get(key));
        }
    }

    public void save(StoredCard card) {
        Key key = new Key(card.pspid(), card.alias());
        if (card.isTemporary()) {
            synchronized (this) {
                persistent.remove(key);
            }
            temporary.put(key, card);
        } else {
            temporary.invalidate(key);
            synchronized (this) {
                persistent.put(key, card);
            }
        }
    }

    public Optional<CardView> view(String pspid, String alias) {
        return find(pspid, alias).map(StoredCard::view);
    }

    /** Keeps the CVC typed on the Alias Gateway for the DirectLink order that follows (for the retention time). */
    public void retainCvc(String pspid, String alias, String cvc) {
        cvcs.put(new Key(pspid, alias), cvc);
    }

    /** Forgets the CVC kept for this alias, if any (the card behind the alias was replaced). */
    public void forgetCvc(String pspid, String alias) {
        cvcs.invalidate(new Key(pspid, alias));
    }

    /** The CVC retained by the Alias Gateway for this alias, if any and still within its retention; given once. */
    public Optional<String> takeCvc(String pspid, String alias) {
        return Optional.ofNullable(cvcs.asMap().remove(new Key(pspid, alias)));
    }

    /** A temporary alias used in a transaction that also says ALIASPERSISTEDAFTERUSE=N is deleted. */
    public void forgetIfTemporary(String pspid, String alias) {
        Key key = new Key(pspid, alias);
        if (temporary.asMap().remove(key) != null) {
            cvcs.invalidate(key);
        }
    }

    /** How many CVCs are in memory now (expired ones are removed first). */
    public long retainedCvcCount() {
        cvcs.cleanUp();
        return cvcs.estimatedSize();
    }

    /** How many aliases are in memory now, persistent and temporary (expired ones are removed first). */
    public long aliasCount() {
        temporary.cleanUp();
        synchronized (this) {
            return persistent.size() + temporary.estimatedSize();
        }
    }

    /** How many persistent aliases were evicted to make room for newer ones since the start (or the last clear). */
    public synchronized long evictedAliasCount() {
        return evictedAliases;
    }

    public void clear() {
        synchronized (this) {
            persistent.clear();
            evictedAliases = 0;
        }
        temporary.invalidateAll();
        cvcs.invalidateAll();
    }
}
