package com.secutix.payments.cardvault.card.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A card a customer asked to keep: the PSP alias that can charge it again and the masked data that
 * can be shown. A customer has a given alias once (see {@link #isSameCardAs(SavedCard)}); the vault
 * never holds the card number or the CVV.
 */
public record SavedCard(
        CardId id,
        CardOwner owner,
        PspAlias alias,
        CardDetails details,
        SalesChannel savedThrough,
        Instant savedAt) {

    public SavedCard {
        Objects.requireNonNull(id, "card id");
        Objects.requireNonNull(owner, "card owner");
        Objects.requireNonNull(alias, "PSP alias");
        Objects.requireNonNull(details, "card details");
        Objects.requireNonNull(savedThrough, "sales channel");
        Objects.requireNonNull(savedAt, "saved at");
    }

    /** Two cards are the same card when one customer of one tenant holds the same PSP alias twice. */
    public boolean isSameCardAs(SavedCard other) {
        return owner.equals(other.owner) && alias.equals(other.alias);
    }

    public boolean belongsTo(CardOwner candidate) {
        return owner.equals(candidate);
    }

    public boolean isExpiredOn(LocalDate day) {
        return details.isExpiredOn(day);
    }
}
