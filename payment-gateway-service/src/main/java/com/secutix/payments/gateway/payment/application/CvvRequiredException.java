package com.secutix.payments.gateway.payment.application;

/**
 * The tenant's card policy asks for the card's security code for this payment, and no fresh proof of it was there:
 * nothing is stored and nothing is sent to the PSP. For a saved card, the buyer types the code through a CVV re-entry
 * (a card-entry form for the saved card), then the payment is asked again. For an alias, the code typed with its
 * entry went with the alias's first payment, or is too old: the card is entered again, or, saved, paid with by its id
 * after a CVV re-entry.
 */
public class CvvRequiredException extends RuntimeException {

    private CvvRequiredException(String message) {
        super(message);
    }

    public static CvvRequiredException forSavedCard() {
        return new CvvRequiredException("This tenant's card policy asks for the card's security code for this payment:"
                + " enter it through the card-entry form first.");
    }

    public static CvvRequiredException forAliasPaidBefore() {
        return new CvvRequiredException("This tenant's card policy asks for the card's security code for this payment,"
                + " and the code typed when this alias was entered went with its first payment or is no longer good:"
                + " enter the card again, or pay with the saved card's id after entering its security code through the"
                + " card-entry form.");
    }
}
