package com.secutix.payments.cardvault.policy.domain;

/** What happens to a card a customer asks to save when they already hold the most the policy allows. */
public enum AtSavedCardLimit {
    /** The payment goes on, the new card is not saved, and the buyer is told why. */
    KEEP_EXISTING_CARDS,
    /** The new card is saved and the customer's oldest saved card is deleted. */
    REPLACE_OLDEST_CARD
}
