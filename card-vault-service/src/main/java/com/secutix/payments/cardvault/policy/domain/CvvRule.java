package com.secutix.payments.cardvault.policy.domain;

import java.util.Objects;
import java.util.Optional;

import com.secutix.payments.events.Money;

/**
 * When a payment with a saved card asks the buyer for the card's CVV again: {@link Kind#ALWAYS},
 * {@link Kind#NEVER}, or {@link Kind#ABOVE_AMOUNT} a threshold (strictly above it, in its currency; a payment
 * in another currency is asked for the CVV, as the safe side).
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
    }

    public static CvvRule above(Money threshold) {
        return new CvvRule(Kind.ABOVE_AMOUNT, Optional.of(threshold));
    }

    /** Whether a saved-card payment of {@code amount} must carry the CVV. */
    public boolean requiresCvvFor(Money amount) {
        return switch (kind) {
            case ALWAYS -> true;
            case NEVER -> false;
            case ABOVE_AMOUNT -> !amount.currency().equals(threshold.orElseThrow().currency())
                    || amount.minorUnits() > threshold.orElseThrow().minorUnits();
        };
    }

    /** The threshold as decimal text, e.g. {@code "100.00"}. */
    public Optional<String> thresholdAmount() {
        return threshold.map(Money::decimalText);
    }
}
