package com.secutix.payments.checkout.payment.domain;

import java.util.Objects;

/**
 * A card the buyer entered for this checkout through the PSP's Alias Gateway: the alias the PSP stored it
 * under (a secret that can start charges: it stays on the server) and what may be shown of it.
 */
public record EnteredCard(String alias, ShownCard card) {

    public EnteredCard {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(card, "card");
    }

    @Override
    public String toString() {
        return "EnteredCard[alias=[hidden], card=" + card + "]";
    }
}
