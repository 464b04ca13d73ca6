package com.secutix.payments.cardvault.policy.application;

import com.secutix.payments.cardvault.policy.domain.TenantCardPolicy;

import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where tenants' card policies and their audit trail are kept. */
public interface CardPolicies {

    /** The tenant's policy; empty when the tenant never set one. */
    Mono<TenantCardPolicy> find(String tenantId);

    /** The policies of those of {@code tenantIds} that set one, in one read; none for the others. */
    Flux<TenantCardPolicy> findAll(Collection<String> tenantIds);

    /**
     * Stores the change, its audit record and its event together; errors with
     * {@link ConcurrentPolicyChangeException} when another change of the same tenant came first.
     */
    Mono<Void> record(TenantCardPolicy.Change change);

    /** The tenant's changes, newest first, at most {@code limit}. */
    Flux<TenantCardPolicy.Change> history(String tenantId, int limit);
}
