package com.secutix.payments.checkout.boxoffice.domain;

/** A saved card the box office can charge now, and whether the tenant's policy asks for its security code first. */
public record UsableCard(SavedCard card, boolean securityCodeRequired) {
}
