package com.secutix.payments.gateway.savedcard.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant's rules for saved cards as the card vault publishes them ({@code CardPolicyChanged}): whether buyers may
 * save cards, how many one customer may keep and what happens at that limit, and per channel when a payment with a
 * saved card asks for the card's security code again. Every channel has a rule. The gateway applies the CVV rules.
 */
public record CardPolicy(boolean savingEnabled, int maxSavedCardsPerCustomer, AtSavedCardLimit atLimit,
        Map<PolicyChannel, CvvRule> cvvForSavedCards) {

    /** The vault's bounds on {@code maxSavedCardsPerCustomer}. */
    static final int MOST_SAVED_CARDS = 20;

    /**
     * The policy of a tenant the vault has published none for. It mirrors the card vault's default,
     * {@code CardPolicy.DEFAULT} of card-vault-service ({@code policy/domain/CardPolicy}), which a tenant has
     * until an admin changes it (version 0, never published): saving on, five cards, keep the existing cards at
     * the limit, the CVV asked on every channel but the box office, where the buyer stands at the counter. Change
     * both together.
     */
    public static final CardPolicy VAULT_DEFAULT = new CardPolicy(true, 5, AtSavedCardLimit.KEEP_EXISTING_CARDS,
            Map.of(PolicyChannel.WEB, CvvRule.ALWAYS, PolicyChannel.MOBILE, CvvRule.ALWAYS,
                    PolicyChannel.CALL_CENTRE, CvvRule.ALWAYS, PolicyChannel.BOX_OFFICE, CvvRule.NEVER));

    public CardPolicy {
        if (maxSavedCardsPerCustomer < 1 || maxSavedCardsPerCustomer > MOST_SAVED_CARDS) {
            throw new IllegalArgumentException("maxSavedCardsPerCustomer must be between 1 and " + MOST_SAVED_CARDS);
        }
        Objects.requireNonNull(atLimit, "atLimit");
        Objects.requireNonNull(cvvForSavedCards, "cvvForSavedCards");
        Map<PolicyChannel, CvvRule> rules = new EnumMap<>(PolicyChannel.class);
        rules.putAll(cvvForSavedCards);
        for (PolicyChannel channel : PolicyChannel.values()) {
            if (rules.get(channel) == null) {
                throw new IllegalArgumentException("the CVV rule of channel " + channel + " is missing");
            }
        }
        cvvForSavedCards = Collections.unmodifiableMap(rules);
    }

    /** Whether a saved-card payment on {@code channel} of {@code minorUnits} of {@code currency} asks for the CVV. */
    public boolean asksForCvv(PolicyChannel channel, long minorUnits, String currency) {
        return cvvForSavedCards.get(channel).asksForCvv(minorUnits, currency);
    }
}
