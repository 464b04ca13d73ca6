package com.secutix.payments.cardvault.card.domain;

import java.util.Objects;
import java.util.UUID;

/** The vault's own identifier of a saved card; the only id of a card that leaves the service. */
public record CardId(UUID value) {

    public CardId {
        Objects.requireNonNull(value, "card id");
    }

    public static CardId of(String value) {
        return new CardId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
