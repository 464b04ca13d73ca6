package com.secutix.payments.checkout.payment.domain;

/** A card the customer saved earlier, as the vault shows it: its id (never its alias), display data, and whether it expired. */
public record SavedCard(String id, ShownCard card, boolean expired) {
}
