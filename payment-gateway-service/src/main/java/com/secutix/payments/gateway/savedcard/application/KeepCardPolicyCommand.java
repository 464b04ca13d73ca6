package com.secutix.payments.gateway.savedcard.application;

import com.secutix.payments.gateway.savedcard.domain.TenantCardPolicy;
import java.util.Objects;

/**
 * Keep a tenant's card policy the vault published, unless a newer version of it is kept already.
 *
 * @param eventId id of the {@code CardPolicyChanged} event that told it, so a redelivered event keeps nothing twice
 */
public record KeepCardPolicyCommand(String eventId, TenantCardPolicy policy) implements CardEventCommand {

    public KeepCardPolicyCommand {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("event id is required");
        }
        Objects.requireNonNull(policy, "card policy");
    }
}
