package com.secutix.payments.checkout.account.domain;

import com.secutix.payments.checkout.payment.domain.ShownCard;

/**
 * A card in the buyer's account, as the vault shows it: its id (never its alias), what may be shown of it, the
 * channel it was saved on ({@code WEB}, {@code MOBILE}, {@code CALL_CENTRE}, {@code BOX_OFFICE}) and whether it
 * has expired.
 */
public record AccountCard(String id, ShownCard card, String savedThrough, boolean expired) {

    /** Whether the card shows these details: the vault has taken an update the PSP confirmed. */
    public boolean shows(ShownCard details) {
        return card.expiry().equals(details.expiry()) && java.util.Objects.equals(card.holderName(), details.holderName());
    }
}
