package com.secutix.payments.gateway.savedcard.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A card the card vault saved for one customer of one tenant, as its {@code CardSaved} event told the gateway:
 * the card's id (what callers pay it with), the PSP alias that charges it and what may be shown of it. The
 * alias is a secret: callers never see it, and {@link #toString()} never prints it.
 */
public record SavedCard(UUID id, String tenantId, String customerId, String pspAlias, SavedCardDetails details,
        Instant savedAt) {

    /** The lengths of a payment's tenant and customer ids: a card of longer ids could never be paid. */
    static final int MAX_ID_LENGTH = 64;
    /** An alias as a payment sends it to the PSP. */
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9_.:@-]{1,50}");

    public SavedCard {
        Objects.requireNonNull(id, "card id");
        checkId("tenant id", tenantId);
        checkId("customer id", customerId);
        if (pspAlias == null || !ALIAS.matcher(pspAlias).matches()) {
            throw new IllegalArgumentException("the PSP alias must be 1 to 50 letters, digits or _ . : @ -");
        }
        Objects.requireNonNull(details, "card details");
        Objects.requireNonNull(savedAt, "saved at");
    }

    private static void checkId(String name, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_ID_LENGTH
                || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(name + " must be 1 to " + MAX_ID_LENGTH
                    + " characters without control characters");
        }
    }

    @Override
    public String toString() {
        return "SavedCard[id=" + id + ", tenantId=" + tenantId + ", customerId=" + customerId
                + ", pspAlias=[hidden], details=" + details + ", savedAt=" + savedAt + "]";
    }
}
