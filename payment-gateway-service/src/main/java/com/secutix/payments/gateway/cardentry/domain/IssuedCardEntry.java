package com.secutix.payments.gateway.cardentry.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A card-entry form the gateway signed: for which customer, issued to which caller, for which order, with
 * which alias, until when. The PSP's redirect for it is accepted once, from the caller it was issued to,
 * before it expires.
 *
 * @param updatesAlias whether the form updates an alias the customer already has, rather than creating one
 * @param redeemedAt when its redirect was accepted, or null while it is open
 * @param cvvForSavedCard the saved card whose security code the form asks again (a CVV re-entry, which updates
 *     that card's alias), or null for a card entry
 */
public record IssuedCardEntry(CardEntryReference reference, String tenantId, String customerId, String issuedTo,
        String orderReference, CardAlias alias, boolean updatesAlias, Instant issuedAt, Instant expiresAt,
        Instant redeemedAt, UUID cvvForSavedCard) {

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

    /** The saved card whose security code this form asks again, when it is a CVV re-entry. */
    public Optional<UUID> cvvReentryOf() {
        return Optional.ofNullable(cvvForSavedCard);
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
