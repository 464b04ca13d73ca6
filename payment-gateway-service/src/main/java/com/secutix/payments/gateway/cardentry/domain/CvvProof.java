package com.secutix.payments.gateway.cardentry.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The buyer typed a saved card's security code at the PSP (a CVV re-entry whose redirect the PSP signed): the PSP
 * keeps that code for the card's next order. A payment with the saved card that the tenant's card policy asks the
 * code for uses the proof up, once, before {@code expiresAt}.
 *
 * @param reference the CVV re-entry's form (its ORDERID), one proof per form
 */
public record CvvProof(String tenantId, CardEntryReference reference, String customerId, UUID savedCardId,
        Instant enteredAt, Instant expiresAt) {

    public CvvProof {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(savedCardId, "savedCardId");
        Objects.requireNonNull(enteredAt, "enteredAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(enteredAt)) {
            throw new IllegalArgumentException("a CVV proof expires after it was entered");
        }
    }
}
