package com.secutix.payments.cardvault.policy.adapter.out.r2dbc;

import com.secutix.payments.cardvault.policy.domain.AtSavedCardLimit;
import com.secutix.payments.cardvault.policy.domain.CardPolicy;
import com.secutix.payments.cardvault.policy.domain.CvvRule;
import com.secutix.payments.cardvault.policy.domain.PolicyChannel;
import com.secutix.payments.events.Money;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** A card policy as the JSON of its {@code jsonb} column: amounts in minor units, names as text. */
record StoredPolicy(boolean savingEnabled, int maxSavedCardsPerCustomer, String atLimit, Map<String, StoredRule> cvvForSavedCards) {

    record StoredRule(String rule, Long minorUnits, String currency) {
    }

    static StoredPolicy of(CardPolicy policy) {
        Map<String, StoredRule> rules = new TreeMap<>();
        policy.cvvForSavedCards().forEach((channel, rule) -> rules.put(channel.name(), new StoredRule(rule.kind().name(),
                rule.threshold().map(Money::minorUnits).orElse(null), rule.threshold().map(Money::currency).orElse(null))));
        return new StoredPolicy(policy.savingEnabled(), policy.maxSavedCardsPerCustomer(), policy.atLimit().name(), rules);
    }

    CardPolicy toPolicy() {
        Map<PolicyChannel, CvvRule> rules = new EnumMap<>(PolicyChannel.class);
        cvvForSavedCards.forEach((channel, stored) -> rules.put(PolicyChannel.valueOf(channel), switch (CvvRule.Kind.valueOf(stored.rule())) {
            case ALWAYS -> CvvRule.ALWAYS;
            case NEVER -> CvvRule.NEVER;
            case ABOVE_AMOUNT -> CvvRule.above(Money.of(stored.minorUnits(), stored.currency()));
        }));
        return new CardPolicy(savingEnabled, maxSavedCardsPerCustomer, AtSavedCardLimit.valueOf(atLimit), rules);
    }
}
