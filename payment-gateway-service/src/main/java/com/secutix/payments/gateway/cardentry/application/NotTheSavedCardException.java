package com.secutix.payments.gateway.cardentry.application;

/**
 * The PSP's redirect for a CVV re-entry shows another card behind the alias than the saved card (a card number was
 * typed instead of the security code alone): the card entry is used up and no proof is recorded.
 */
public class NotTheSavedCardException extends RuntimeException {

    public NotTheSavedCardException() {
        super("The card entered is not the saved card: no security code was recorded for it. Start a new card entry"
                + " and type the saved card's security code only.");
    }
}
