package com.secutix.payments.checkout.boxoffice.domain;

import com.secutix.payments.events.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * When the tenant's card policy asks for a saved card's security code at the box office (the {@code BOX_OFFICE}
 * rule of the vault's {@code cvvForSavedCards}, which the gateway applies): {@link Kind#ALWAYS}, {@link Kind#NEVER},
 * or {@link Kind#ABOVE_AMOUNT} a threshold (strictly above it, and in any other currency: the gateway's words).
 */
public record SecurityCodeRule(Kind kind, Optional<Money> threshold) {

    public enum Kind { ALWAYS, NEVER, ABOVE_AMOUNT }

    public static final SecurityCodeRule ALWAYS = new SecurityCodeRule(Kind.ALWAYS, Optional.empty());
    public static final SecurityCodeRule NEVER = new SecurityCodeRule(Kind.NEVER, Optional.empty());

    public SecurityCodeRule {
        Objects.requireNonNull(kind, "kind");
        threshold = threshold == null ? Optional.empty() : threshold;
        if ((kind == Kind.ABOVE_AMOUNT) != threshold.isPresent()) {
            throw new IllegalArgumentException("a threshold goes with ABOVE_AMOUNT and only with it");
        }
    }

    public static SecurityCodeRule above(Money threshold) {
        return new SecurityCodeRule(Kind.ABOVE_AMOUNT, Optional.of(threshold));
    }

    /**
     * Whether a payment of {@code amount} at the box office must come with the card's security code. Without an
     * amount, an {@code ABOVE_AMOUNT} rule may ask for it: the answer is yes, the safe side (the terminal learns the
     * threshold from the rule, or asks again with the amount).
     */
    public boolean requiredFor(Optional<Money> amount) {
        return switch (kind) {
            case ALWAYS -> true;
            case NEVER -> false;
            case ABOVE_AMOUNT -> amount.map(paid -> !paid.currency().equals(threshold.orElseThrow().currency())
                    || paid.minorUnits() > threshold.orElseThrow().minorUnits()).orElse(true);
        };
    }
}
