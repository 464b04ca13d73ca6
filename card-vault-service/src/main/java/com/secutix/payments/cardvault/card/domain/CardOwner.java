package com.secutix.payments.cardvault.card.domain;

import com.secutix.payments.events.CardNumbers;

/**
 * The customer a card belongs to, inside one tenant (institution): customer ids are unique per tenant only.
 * An id is at most 64 characters (as the tokens' {@code sub}), without control characters, and never a card
 * number.
 */
public record CardOwner(String tenantId, String customerId) {

    static final int MAX_ID_LENGTH = 64;

    public CardOwner {
        tenantId = Text.required(tenantId, "tenant id");
        customerId = Text.required(customerId, "customer id");
        if (customerId.length() > MAX_ID_LENGTH || customerId.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(
                    "customer id must be at most " + MAX_ID_LENGTH + " characters, without control characters");
        }
        if (!CardNumbers.findIn(customerId).isEmpty()) {
            throw new IllegalArgumentException("customer id looks like a card number, which is never accepted");
        }
    }
}
