package com.secutix.payments.cardvault.card.application;

/** What {@link SaveCard} did with one request. */
public enum SaveCardOutcome {
    /** The card was stored and {@code CardSaved} appended to the outbox. */
    SAVED,
    /** The customer already had this card (same PSP alias): nothing stored, nothing published. */
    ALREADY_SAVED,
    /** The event had been handled before (a redelivery): nothing done. */
    EVENT_ALREADY_HANDLED
}
