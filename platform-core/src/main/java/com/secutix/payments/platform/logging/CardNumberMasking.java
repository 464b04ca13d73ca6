package com.secutix.payments.platform.logging;

import com.secutix.payments.events.CardNumbers;

/**
 * Safety net for text that leaves a service (log lines, error details, dead-letter reasons): hides
 * every card number, as {@link CardNumbers} defines it, but its last four digits (PCI DSS 3.4.1).
 * PSP references, order ids, UUIDs and trace ids stay readable.
 */
public final class CardNumberMasking {

    private CardNumberMasking() {
    }

    public static String mask(String text) {
        return CardNumbers.mask(text);
    }
}
