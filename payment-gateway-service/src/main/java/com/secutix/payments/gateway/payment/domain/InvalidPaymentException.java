package com.secutix.payments.gateway.payment.domain;

import java.util.List;

/**
 * A payment request that breaks business rules; each violation names the field and the rule
 * ({@code "amount: must be greater than zero"}).
 */
public class InvalidPaymentException extends RuntimeException {

    private final List<String> violations;

    public InvalidPaymentException(String violation) {
        this(List.of(violation));
    }

    public InvalidPaymentException(List<String> violations) {
        super(String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
