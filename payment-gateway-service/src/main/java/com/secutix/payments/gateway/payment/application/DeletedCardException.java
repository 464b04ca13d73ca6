package com.secutix.payments.gateway.payment.application;

/**
 * The card named (by its saved-card id or by its alias) was deleted from the customer's saved cards: it must never
 * be charged again. Nothing is stored and nothing is sent to the PSP.
 */
public class DeletedCardException extends RuntimeException {

    public DeletedCardException() {
        super("This card was deleted from the customer's saved cards and can no longer be charged: enter a card again.");
    }
}
