package com.secutix.payments.events;

import java.util.List;

/** The Kafka topics of the payment platform: one stream per aggregate, keyed by aggregate id. */
public final class Topics {

    public static final String PAYMENTS = "payments.payment.v1";
    public static final String CARDS = "payments.card.v1";
    public static final String INSTALLMENTS = "payments.installment.v1";
    public static final String REFUNDS = "payments.refund.v1";
    public static final String CHECKOUTS = "payments.checkout.v1";
    /** Facts of the gateway's card entry that another service acts on (a saved card's new details). */
    public static final String CARD_ENTRIES = "payments.cardentry.v1";

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    public static List<String> all() {
        return List.of(PAYMENTS, CARDS, INSTALLMENTS, REFUNDS, CHECKOUTS, CARD_ENTRIES);
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
