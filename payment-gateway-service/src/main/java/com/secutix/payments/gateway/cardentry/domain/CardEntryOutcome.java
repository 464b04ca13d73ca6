package com.secutix.payments.gateway.cardentry.domain;

import java.util.List;

/** What a verified Alias Gateway redirect says: the card is stored behind an alias, or the PSP refused it. */
public sealed interface CardEntryOutcome {

    record AliasStored(CardAlias alias, AliasStatus status, EnteredCard card) implements CardEntryOutcome {
    }

    /** STATUS 1: the PSP refused what the buyer typed; each refusal names the field and Ogone's code. */
    record CardRefused(String ncError, List<CardFieldRefusal> refusals) implements CardEntryOutcome {

        public CardRefused {
            refusals = List.copyOf(refusals);
        }

        /** One sentence a page can show: what was wrong, field by field. */
        public String explanation() {
            if (refusals.isEmpty()) {
                return "The PSP refused the card details (NCERROR " + ncError + ").";
            }
            StringBuilder text = new StringBuilder("The PSP refused the card details: ");
            for (int i = 0; i < refusals.size(); i++) {
                text.append(i == 0 ? "" : "; ").append(refusals.get(i).message());
            }
            return text.append('.').toString();
        }
    }
}
