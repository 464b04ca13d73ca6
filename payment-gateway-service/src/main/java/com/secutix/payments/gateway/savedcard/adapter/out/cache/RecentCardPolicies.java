package com.secutix.payments.gateway.savedcard.adapter.out.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.secutix.payments.gateway.savedcard.application.CardPolicies;
import com.secutix.payments.gateway.savedcard.domain.TenantCardPolicy;
import com.secutix.payments.platform.write.AfterCommit;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;

/**
 * The tenants' card policies as read in the last {@link #KEPT_FOR}: a payment asks for its tenant's policy every time
 * (hundreds a second at a sale opening), and it changes when an admin changes it. A tenant without a policy is
 * remembered as such too. What this instance's listener keeps is forgotten when it writes it and again once its
 * transaction commits, and a read that was under way meanwhile is not remembered, so this instance applies a change
 * from the listener's commit on (but for a read ending in the very instant of the commit, which {@link #KEPT_FOR}
 * bounds); another instance of the gateway, whose listener did not get the event, reads the database again at most
 * {@link #KEPT_FOR} later.
 */
public class RecentCardPolicies implements CardPolicies {

    /** How long a policy read from the database is used before it is read again. */
    public static final Duration KEPT_FOR = Duration.ofSeconds(1);
    private static final int MOST_TENANTS = 10_000;

    private final CardPolicies stored;
    private final Cache<String, Optional<TenantCardPolicy>> recent;
    /** Counts forgettings, so that a read that raced with one is not remembered. */
    private final AtomicLong forgotten = new AtomicLong();

    public RecentCardPolicies(CardPolicies stored) {
        this(stored, Ticker.systemTicker());
    }

    RecentCardPolicies(CardPolicies stored, Ticker ticker) {
        this.stored = stored;
        this.recent = Caffeine.newBuilder().expireAfterWrite(KEPT_FOR).maximumSize(MOST_TENANTS).ticker(ticker).build();
    }

    @Override
    public Mono<TenantCardPolicy> find(String tenantId) {
        return Mono.defer(() -> {
            Optional<TenantCardPolicy> known = recent.getIfPresent(tenantId);
            if (known != null) {
                return Mono.justOrEmpty(known);
            }
            long forgettingsBefore = forgotten.get();
            return stored.find(tenantId)
                    .map(Optional::of)
                    .defaultIfEmpty(Optional.empty())
                    .doOnNext(read -> {
                        if (forgotten.get() == forgettingsBefore) {
                            recent.put(tenantId, read);
                        }
                    })
                    .flatMap(Mono::justOrEmpty);
        });
    }

    @Override
    public Mono<Long> keepNewer(List<TenantCardPolicy> policies) {
        Set<String> tenants = policies.stream().map(TenantCardPolicy::tenantId).collect(Collectors.toSet());
        if (tenants.isEmpty()) {
            return stored.keepNewer(policies);
        }
        return Mono.fromRunnable(() -> forget(tenants))
                .then(stored.keepNewer(policies))
                .flatMap(kept -> AfterCommit.run(() -> forget(tenants)).thenReturn(kept));
    }

    private void forget(Set<String> tenants) {
        forgotten.incrementAndGet();
        recent.invalidateAll(tenants);
    }
}
