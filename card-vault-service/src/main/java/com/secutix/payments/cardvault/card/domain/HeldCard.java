package com.secutix.payments.cardvault.card.domain;

import java.util.Objects;

/** A card a customer already holds, as much of it as the saved-card limit needs: its id and its alias. */
public record HeldCard(CardId id, PspAlias alias) {

    public HeldCard {
        Objects.requireNonNull(id, "card id");
        Objects.requireNonNull(alias, "PSP alias");
    }
}
