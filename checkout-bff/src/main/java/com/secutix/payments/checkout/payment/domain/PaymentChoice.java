package com.secutix.payments.checkout.payment.domain;

/** What the buyer pays with: the card just entered for this checkout, or one of their saved cards by its id. */
public sealed interface PaymentChoice {

    record EnteredCardChoice(boolean saveCard) implements PaymentChoice {
    }

    record SavedCardChoice(String cardId) implements PaymentChoice {
    }
}
