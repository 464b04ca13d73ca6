package com.secutix.payments.cardvault.card.application;

/** What {@link SaveCard} did with one request. */
public enum SaveCardOutcome {
    /** The card was stored and {@code CardSaved} appended to the outbox. */
    SAVED,
    /**
     * The customer was at the tenant's limit and the tenant replaces the oldest card: the oldest card(s) were
     * removed, the card stored and {@code CardSaved} appended to the outbox.
     */
    SAVED_REPLACING_OLDEST,
    /** The customer already had this card (same PSP alias): nothing stored, nothing published. */
    ALREADY_SAVED,
    /** The tenant does not let buyers save cards: nothing stored, nothing published. */
    SAVING_DISABLED,
    /** The customer was at the tenant's limit and the tenant keeps the existing cards: nothing stored, nothing published. */
    NOT_SAVED_AT_LIMIT,
    /**
     * A later card of the same customer in the same batch replaced this one (the tenant replaces the oldest card
     * at its limit) before it was stored: nothing stored, nothing published.
     */
    REPLACED_IN_BATCH,
    /** The event had been handled before (a redelivery): nothing done. */
    EVENT_ALREADY_HANDLED
}
