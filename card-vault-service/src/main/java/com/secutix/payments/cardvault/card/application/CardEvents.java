package com.secutix.payments.cardvault.card.application;

import com.secutix.payments.cardvault.card.domain.CardDetails;
import com.secutix.payments.cardvault.card.domain.SavedCard;
import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.card.v1.CardDeleted;

import java.time.Instant;

/** The card events' shared parts: what may be shown of a card, never its alias. */
final class CardEvents {

    /** {@code deletedBy} of the cards the tenant's {@code REPLACE_OLDEST_CARD} policy removes. */
    static final String THE_VAULT = "card-vault-service";

    private CardEvents() {
    }

    static CardSummary summaryOf(CardDetails details) {
        return new CardSummary(details.brand().name(), details.maskedNumber().value(), details.expiry().toMmYy(),
                details.holderName());
    }

    static CardDeleted cardDeleted(SavedCard card, CardDeleted.Reason reason, String deletedBy, Instant at) {
        return new CardDeleted(card.owner().tenantId(), card.id().value(), card.owner().customerId(),
                summaryOf(card.details()), card.savedThrough().name(), reason, deletedBy, at);
    }
}
