package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.cardvault.card.domain.SavedCard;

/** A saved card as listed today: {@code expired} is true once its expiry month has passed. */
public record CustomerCard(SavedCard card, boolean expired) {
}
