package com.secutix.payments.gateway.cardentry.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A card the vault saved for a customer, as a CVV re-entry needs it: its id, the PSP alias the Alias Gateway
 * updates (a secret: never printed) and the card as the vault saved it (masked number, MM/YY expiry, holder),
 * which the update form carries so that the buyer types the security code only.
 */
public record SavedCardForCvv(UUID cardId, CardAlias alias, EnteredCard card) {

    public SavedCardForCvv {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(card, "card");
    }

    /** Whether the PSP's card behind the alias, as its signed redirect shows it, is this saved card. */
    public boolean isShownBy(EnteredCard shown) {
        return shown.maskedNumber() != null && shown.maskedNumber().equalsIgnoreCase(card.maskedNumber());
    }

    @Override
    public String toString() {
        return "SavedCardForCvv[cardId=" + cardId + ", alias=[hidden], card=" + card + "]";
    }
}
