package com.secutix.payments.cardvault.policy.application;

import com.secutix.payments.cardvault.policy.domain.TenantCardPolicy;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A tenant's card policy (the default while it never set one), and the history of its changes. */
public class ReadCardPolicy {

    static final int HISTORY_LIMIT = 100;

    private final CardPolicies policies;

    public ReadCardPolicy(CardPolicies policies) {
        this.policies = policies;
    }

    public Mono<TenantCardPolicy> current(String tenantId) {
        return policies.find(tenantId).defaultIfEmpty(TenantCardPolicy.defaultOf(tenantId));
    }

    /**
     * The current policies of several tenants, read together (one query, whatever the number of tenants): one per
     * tenant of {@code tenantIds}, the default for a tenant that never set one. Inside a transaction, it reads
     * what that transaction sees.
     */
    public Mono<Map<String, TenantCardPolicy>> currentOf(Collection<String> tenantIds) {
        Set<String> tenants = new LinkedHashSet<>(tenantIds);
        if (tenants.isEmpty()) {
            return Mono.just(Map.of());
        }
        return policies.findAll(tenants)
                .collectMap(TenantCardPolicy::tenantId)
                .map(found -> tenants.stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                        tenant -> found.getOrDefault(tenant, TenantCardPolicy.defaultOf(tenant)))));
    }

    /** The changes of the tenant's policy, newest first: who, when, before and after. */
    public Flux<TenantCardPolicy.Change> history(String tenantId) {
        return policies.history(tenantId, HISTORY_LIMIT);
    }
}
