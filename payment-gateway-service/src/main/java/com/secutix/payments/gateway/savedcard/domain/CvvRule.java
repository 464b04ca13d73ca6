package com.secutix.payments.gateway.savedcard.domain;

import com.secutix.payments.events.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * When a payment with a saved card asks for the card's security code again, as the vault's policy says it:
 * {@link Kind#ALWAYS}, {@link Kind#NEVER}, or {@link Kind#ABOVE_AMOUNT} a threshold, strictly above it in its
 * currency; a payment in another currency is asked for it, the safe side (the vault's rule, the same words).
 */
public record CvvRule(Kind kind, Optional<Money> threshold) {

    public enum Kind { ALWAYS, NEVER, ABOVE_AMOUNT }

    public static final CvvRule ALWAYS = new CvvRule(Kind.ALWAYS, Optional.empty());
    public static final CvvRule NEVER = new CvvRule(Kind.NEVER, Optional.empty());

    public CvvRule {
        Objects.requireNonNull(kind, "kind");
        threshold = threshold == null ? Optional.empty() : threshold;
        if ((kind == Kind.ABOVE_AMOUNT) != threshold.isPresent()) {
            throw new IllegalArgumentException("a threshold goes with ABOVE_AMOUNT and only with it");
        }
        if (threshold.filter(amount -> amount.minorUnits() <= 0).isPresent()) {
            throw new IllegalArgumentException("the threshold of ABOVE_AMOUNT must be greater than zero");
        }
    }

    public static CvvRule above(Money threshold) {
        return new CvvRule(Kind.ABOVE_AMOUNT, Optional.of(threshold));
    }

    /** Whether a saved-card payment of {@code minorUnits} of {@code currency} must carry the security code. */
    public boolean asksForCvv(long minorUnits, String currency) {
        return switch (kind) {
            case ALWAYS -> true;
            case NEVER -> false;
            case ABOVE_AMOUNT -> !currency.equals(threshold.orElseThrow().currency())
                    || minorUnits > threshold.orElseThrow().minorUnits();
        };
    }
}
