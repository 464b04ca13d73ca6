package com.secutix.payments.gateway.cardentry.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A card-entry form the gateway signed: for which customer, issued to which caller, for which order, with
 * which alias, until when. The PSP's redirect for it is accepted once, from the caller it was issued to,
 * before it expires.
 *
 * @param updatesAlias whether the form updates an alias the customer already has, rather than creating one
 * @param redeemedAt when its redirect was accepted, or null while it is open
 */
public record IssuedCardEntry(CardEntryReference reference, String tenantId, String customerId, String issuedTo,
        String orderReference, CardAlias alias, boolean updatesAlias, Instant issuedAt, Instant expiresAt,
        Instant redeemedAt) {

    public IssuedCardEntry {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(issuedTo, "issuedTo");
        Objects.requireNonNull(orderReference, "orderReference");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean wasIssuedTo(String caller) {
        return issuedTo.equals(caller);
    }

    public boolean isRedeemed() {
        return redeemedAt != null;
    }

    public boolean hasExpiredBy(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
