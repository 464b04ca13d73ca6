package com.secutix.payments.gateway.savedcard.domain;

/** What the vault does when a customer at the saved-card limit saves another card. */
public enum AtSavedCardLimit {
    KEEP_EXISTING_CARDS, REPLACE_OLDEST_CARD
}
