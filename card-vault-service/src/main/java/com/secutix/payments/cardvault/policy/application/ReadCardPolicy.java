package com.secutix.payments.cardvault.policy.application;

import com.secutix.payments.cardvault.policy.domain.TenantCardPolicy;

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

    /** The changes of the tenant's policy, newest first: who, when, before and after. */
    public Flux<TenantCardPolicy.Change> history(String tenantId) {
        return policies.history(tenantId, HISTORY_LIMIT);
    }
}
