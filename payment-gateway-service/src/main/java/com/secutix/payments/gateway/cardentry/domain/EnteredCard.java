package com.secutix.payments.gateway.cardentry.domain;

/**
 * The card the PSP stored behind an alias, as it showed it back: masked number (at most the first six and
 * the last four digits), expiry MM/YY, brand and holder.
 */
public record EnteredCard(String brand, String maskedNumber, String expiry, String holderName) {
}
