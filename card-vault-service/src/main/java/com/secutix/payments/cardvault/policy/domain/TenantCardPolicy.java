package com.secutix.payments.cardvault.policy.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import com.secutix.payments.events.card.v1.CardPolicyChanged;

/**
 * The card policy a tenant has now, at which version (0: never changed, the default) and who set it when.
 * Changing it gives the next version and the {@link CardPolicyChanged} event that tells the other services.
 */
public record TenantCardPolicy(String tenantId, CardPolicy policy, long version, Optional<String> changedBy,
                               Optional<Instant> changedAt) {

    public TenantCardPolicy {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(policy, "policy");
        changedBy = changedBy == null ? Optional.empty() : changedBy;
        changedAt = changedAt == null ? Optional.empty() : changedAt;
    }

    /** The policy of a tenant that never set one. */
    public static TenantCardPolicy defaultOf(String tenantId) {
        return new TenantCardPolicy(tenantId, CardPolicy.DEFAULT, 0, Optional.empty(), Optional.empty());
    }

    /** The change to {@code policy} by {@code admin} at {@code now}: the new state, what it replaced, and its event. */
    public Change changeTo(CardPolicy newPolicy, String admin, Instant now) {
        TenantCardPolicy changed = new TenantCardPolicy(tenantId, newPolicy, version + 1, Optional.of(admin), Optional.of(now));
        return new Change(this, changed, changed.event());
    }

    private CardPolicyChanged event() {
        Map<String, CardPolicyChanged.CvvRequirement> rules = new TreeMap<>();
        policy.cvvForSavedCards().forEach((channel, rule) -> rules.put(channel.name(),
                new CardPolicyChanged.CvvRequirement(rule.kind().name(), rule.threshold().orElse(null))));
        return new CardPolicyChanged(tenantId, version, policy.savingEnabled(), policy.maxSavedCardsPerCustomer(),
                policy.atLimit().name(), rules, changedBy.orElseThrow(), changedAt.orElseThrow());
    }

    /** A change of policy: the state before, after, and the event to publish with it. */
    public record Change(TenantCardPolicy before, TenantCardPolicy after, CardPolicyChanged event) {
    }
}
