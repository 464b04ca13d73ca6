package com.secutix.payments.gateway.payment.application;

/**
 * The tenant's card policy asks for the saved card's security code for this payment, and no fresh proof of it was
 * there: nothing is stored and nothing is sent to the PSP. The buyer types the code through a CVV re-entry (a
 * card-entry form for the saved card), then the payment is asked again.
 */
public class CvvRequiredException extends RuntimeException {

    public CvvRequiredException() {
        super("This tenant's card policy asks for the card's security code for this payment: enter it through the"
                + " card-entry form first.");
    }
}
