package com.secutix.payments.events.card.v1;

import com.secutix.payments.events.Money;
import com.secutix.payments.events.PlatformEvent;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant admin changed the tenant's saved-card policy: whether buyers may save cards, how many one
 * customer may keep and what happens at that limit, and per channel ({@code WEB}, {@code MOBILE},
 * {@code CALL_CENTRE}, {@code BOX_OFFICE}) when a saved-card payment asks for the CVV again. The whole
 * policy, at its new version, keyed by tenant id.
 */
public record CardPolicyChanged(String tenantId, long policyVersion, boolean savingEnabled, int maxSavedCardsPerCustomer,
                                String atLimit, Map<String, CvvRequirement> cvvForSavedCards, String changedBy,
                                Instant occurredAt) implements PlatformEvent {

    public CardPolicyChanged {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(atLimit, "atLimit");
        cvvForSavedCards = Map.copyOf(Objects.requireNonNull(cvvForSavedCards, "cvvForSavedCards"));
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
        return tenantId;
    }

    /** {@code ALWAYS}, {@code NEVER}, or {@code ABOVE_AMOUNT} with the threshold (strictly above it, in its currency). */
    public record CvvRequirement(String rule, Money threshold) {

        public CvvRequirement {
            Objects.requireNonNull(rule, "rule");
        }
    }
}
