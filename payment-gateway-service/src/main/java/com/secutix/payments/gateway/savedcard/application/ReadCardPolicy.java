package com.secutix.payments.gateway.savedcard.application;

import com.secutix.payments.gateway.savedcard.domain.CardPolicy;
import com.secutix.payments.gateway.savedcard.domain.TenantCardPolicy;
import reactor.core.publisher.Mono;

/**
 * A tenant's card policy as the gateway applies it: the latest the vault published, or, for a tenant whose admins
 * never changed it, the vault's default ({@link CardPolicy#VAULT_DEFAULT}).
 */
public class ReadCardPolicy {

    private final CardPolicies cardPolicies;

    public ReadCardPolicy(CardPolicies cardPolicies) {
        this.cardPolicies = cardPolicies;
    }

    public Mono<CardPolicy> of(String tenantId) {
        return cardPolicies.find(tenantId).map(TenantCardPolicy::policy).defaultIfEmpty(CardPolicy.VAULT_DEFAULT);
    }
}
