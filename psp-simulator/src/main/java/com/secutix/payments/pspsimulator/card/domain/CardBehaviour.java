package com.secutix.payments.pspsimulator.card.domain;

import java.util.Map;

/** What the simulated acquirer does with a card: the test-card table of docs/conventions.md. */
public enum CardBehaviour {
    APPROVE,
    DECLINE,
    CHALLENGE,
    UNCERTAIN,
    NO_ANSWER_IN_TIME,
    REFUSE_REFUNDS;

    private static final Map<String, CardBehaviour> TEST_CARDS = Map.of(
            "4000000000000002", DECLINE,
            "4000000000003220", CHALLENGE,
            "4000000000000259", UNCERTAIN,
            "4000000000000119", NO_ANSWER_IN_TIME,
            "4000000000005126", REFUSE_REFUNDS);

    static CardBehaviour of(String digits) {
        return TEST_CARDS.getOrDefault(digits, APPROVE);
    }
}
