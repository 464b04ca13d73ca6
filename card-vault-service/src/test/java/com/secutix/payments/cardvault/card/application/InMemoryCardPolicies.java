package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.cardvault.policy.application.CardPolicies;
import com.secutix.payments.cardvault.policy.domain.CardPolicy;
import com.secutix.payments.cardvault.policy.domain.TenantCardPolicy;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Tenants' card policies in memory, as {@link SaveCard} reads them; counts the reads. */
class InMemoryCardPolicies implements CardPolicies {

    private final Map<String, TenantCardPolicy> policies = new HashMap<>();
    int reads;

    void set(String tenantId, CardPolicy policy) {
        TenantCardPolicy current = policies.getOrDefault(tenantId, TenantCardPolicy.defaultOf(tenantId));
        policies.put(tenantId, current.changeTo(policy, "admin", Instant.parse("2026-01-01T00:00:00Z")).after());
    }

    @Override
    public Mono<TenantCardPolicy> find(String tenantId) {
        return Mono.fromSupplier(() -> {
            reads++;
            return policies.get(tenantId);
        });
    }

    @Override
    public Flux<TenantCardPolicy> findAll(Collection<String> tenantIds) {
        return Flux.defer(() -> {
            reads++;
            return Flux.fromIterable(tenantIds.stream().distinct().filter(policies::containsKey).map(policies::get).toList());
        });
    }

    @Override
    public Mono<Void> record(TenantCardPolicy.Change change) {
        return Mono.error(new UnsupportedOperationException("the card tests set policies with set(...)"));
    }

    @Override
    public Flux<TenantCardPolicy.Change> history(String tenantId, int limit) {
        return Flux.empty();
    }
}
