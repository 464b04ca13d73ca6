package com.secutix.payments.gateway.savedcard.application;

import com.secutix.payments.gateway.savedcard.domain.TenantCardPolicy;
import java.util.List;
import reactor.core.publisher.Mono;

/** The gateway's copy of each tenant's latest card policy, written by {@link KeepCardEvents} only. */
public interface CardPolicies {

    /**
     * Stores each policy unless the same or a newer version of its tenant's is stored already (the newest of a
     * tenant's in the list wins), in one statement joining the caller's transaction. Emits how many were stored.
     */
    Mono<Long> keepNewer(List<TenantCardPolicy> policies);

    /** The tenant's latest policy kept; empty when the vault has published none. */
    Mono<TenantCardPolicy> find(String tenantId);
}
