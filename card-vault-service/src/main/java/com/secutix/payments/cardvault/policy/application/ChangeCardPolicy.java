package com.secutix.payments.cardvault.policy.application;

import com.secutix.payments.cardvault.policy.domain.CardPolicy;
import com.secutix.payments.cardvault.policy.domain.TenantCardPolicy;

import java.time.Clock;

import reactor.core.publisher.Mono;

/**
 * A tenant admin replaces the tenant's card policy: the new version, its audit record (who, when, before,
 * after) and its {@code CardPolicyChanged} event commit together. Setting the policy it already has
 * changes nothing and records nothing.
 */
public class ChangeCardPolicy {

    private final CardPolicies policies;
    private final Clock clock;

    public ChangeCardPolicy(CardPolicies policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    public Mono<TenantCardPolicy> change(String tenantId, String admin, CardPolicy policy) {
        return policies.find(tenantId)
                .defaultIfEmpty(TenantCardPolicy.defaultOf(tenantId))
                .flatMap(current -> {
                    if (current.version() > 0 && current.policy().equals(policy)) {
                        return Mono.just(current);
                    }
                    TenantCardPolicy.Change change = current.changeTo(policy, admin, clock.instant());
                    return policies.record(change).thenReturn(change.after());
                });
    }
}
