package com.secutix.payments.checkout.session.domain;

import java.util.List;

/** A checkout session that cannot be opened as asked: every violation at once. */
public class InvalidCheckoutException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidCheckoutException(List<Violation> violations) {
        super("invalid checkout session: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
