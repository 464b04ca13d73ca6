package com.secutix.payments.checkout.boxoffice.domain;

import java.util.Objects;

/**
 * A card the vault saved for a customer, as the box office may see it: its id (never its alias), the masked data the
 * PSP showed, the channel it was saved on, and whether it has expired.
 */
public record SavedCard(String id, String brand, String maskedNumber, String expiry, String holderName, String savedOn,
                        boolean expired) {

    public SavedCard {
        Objects.requireNonNull(id, "id");
    }
}
