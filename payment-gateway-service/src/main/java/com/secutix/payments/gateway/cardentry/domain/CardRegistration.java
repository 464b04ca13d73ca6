package com.secutix.payments.gateway.cardentry.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An alias and whose it is: the customer it was entered for, the caller who entered it and when, and the
 * card as the PSP's signed redirect showed it. Only this customer's payments may use the alias. The security code
 * typed with the entry is good for the alias's first payment until {@code enteredCodeUntil} (null for an alias
 * registered before the gateway kept that): the PSP holds it for one order.
 */
public record CardRegistration(String tenantId, CardAlias alias, String customerId, String enteredBy,
        Instant enteredAt, EnteredCard card, Instant enteredCodeUntil) {

    public CardRegistration {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(enteredBy, "enteredBy");
        Objects.requireNonNull(enteredAt, "enteredAt");
        Objects.requireNonNull(card, "card");
    }

    public boolean isOwnedBy(String customer) {
        return customerId.equals(customer);
    }
}
