package com.secutix.payments.cardvault.policy.domain;

import java.util.List;

/** A card policy that cannot be: every violation at once, so that one answer names them all. */
public class InvalidCardPolicyException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidCardPolicyException(List<Violation> violations) {
        super("invalid card policy: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
