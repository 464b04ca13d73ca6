package com.secutix.payments.gateway.payment.domain;

import java.util.Objects;

/**
 * A card a customer can be charged with: its PSP alias, a secret never shown nor logged ({@link PspAlias}
 * prints none), and its masked data, which the payment shows and publishes.
 */
public record CardOnFile(PspAlias alias, MaskedCard card) {

    public CardOnFile {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(card, "card");
    }
}
