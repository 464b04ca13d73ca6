package com.secutix.payments.cardvault.policy.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.secutix.payments.events.Money;

/**
 * A tenant's rules for saved cards, agreed with its acquirer: whether buyers may save cards at all, how
 * many one customer may keep and what happens at that limit, and, per channel, when a payment with a
 * saved card asks for the CVV again. Every channel has a rule.
 */
public record CardPolicy(boolean savingEnabled, int maxSavedCardsPerCustomer, AtSavedCardLimit atLimit,
                         Map<PolicyChannel, CvvRule> cvvForSavedCards) {

    public static final int MOST_SAVED_CARDS = 20;

    /**
     * The policy of a tenant that never set one: saving on, five cards, the CVV asked on every channel but
     * the box office, where the buyer stands at the counter.
     */
    public static final CardPolicy DEFAULT = new CardPolicy(true, 5, AtSavedCardLimit.KEEP_EXISTING_CARDS, Map.of(
            PolicyChannel.WEB, CvvRule.ALWAYS, PolicyChannel.MOBILE, CvvRule.ALWAYS,
            PolicyChannel.CALL_CENTRE, CvvRule.ALWAYS, PolicyChannel.BOX_OFFICE, CvvRule.NEVER));

    /** @throws InvalidCardPolicyException naming every field that is wrong */
    public CardPolicy {
        List<Violation> violations = new ArrayList<>();
        if (maxSavedCardsPerCustomer < 1 || maxSavedCardsPerCustomer > MOST_SAVED_CARDS) {
            violations.add(new Violation("maxSavedCardsPerCustomer", "must be between 1 and " + MOST_SAVED_CARDS + "."));
        }
        if (atLimit == null) {
            violations.add(new Violation("atLimit", "is required: KEEP_EXISTING_CARDS or REPLACE_OLDEST_CARD."));
        }
        Map<PolicyChannel, CvvRule> rules = new EnumMap<>(PolicyChannel.class);
        if (cvvForSavedCards != null) {
            rules.putAll(cvvForSavedCards);
        }
        for (PolicyChannel channel : PolicyChannel.values()) {
            CvvRule rule = rules.get(channel);
            if (rule == null) {
                violations.add(new Violation("cvvForSavedCards." + channel, "a rule is required for every channel."));
            } else if (rule.threshold().map(Money::minorUnits).filter(amount -> amount <= 0).isPresent()) {
                violations.add(new Violation("cvvForSavedCards." + channel + ".amount", "must be greater than zero."));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidCardPolicyException(violations);
        }
        cvvForSavedCards = Collections.unmodifiableMap(rules);
    }

    /** Whether a payment of {@code amount} with a saved card, on {@code channel}, must carry the CVV. */
    public boolean requiresCvv(PolicyChannel channel, Money amount) {
        return Objects.requireNonNull(cvvForSavedCards.get(channel)).requiresCvvFor(amount);
    }
}
