package com.secutix.payments.checkout.callcentre.domain;

/** What a call-centre operator did on a customer's cards. */
public enum OperatorActionType {
    /** Looked at the customer's saved cards. */
    VIEW_CARDS,
    /** Paid an order of the customer with one of the customer's cards. */
    PAY,
    /** Opened the form in which the customer's card's security code is typed (the tenant's policy asked for it). */
    SECURITY_CODE_FORM,
    /** The PSP took the security code typed for the customer's card. */
    SECURITY_CODE_ENTERED,
    /** Opened the form in which a new card of the customer is typed, straight to the PSP. */
    CARD_ENTRY_FORM,
    /** The PSP took a new card of the customer. */
    CARD_ENTERED
}
