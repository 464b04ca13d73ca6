package com.secutix.payments.cardvault.policy.adapter.in.web;

import com.secutix.payments.cardvault.policy.domain.TenantCardPolicy;

import java.time.Instant;

/** One change of the audit trail: who, when, the version it made, and the policy before and after. */
record CardPolicyChangeView(long version, String changedBy, Instant changedAt, CardPolicyView before, CardPolicyView after) {

    static CardPolicyChangeView of(TenantCardPolicy.Change change) {
        return new CardPolicyChangeView(change.after().version(), change.after().changedBy().orElse(null),
                change.after().changedAt().orElse(null), CardPolicyView.of(change.before()), CardPolicyView.of(change.after()));
    }
}
