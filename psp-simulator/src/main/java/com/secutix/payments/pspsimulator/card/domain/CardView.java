package com.secutix.payments.pspsimulator.card.domain;

/** What other features may know of a stored card: never the full number. */
public record CardView(String alias, Brand brand, String maskedNumber, ExpiryDate expiry, String holder,
                       CardBehaviour behaviour) {
}
