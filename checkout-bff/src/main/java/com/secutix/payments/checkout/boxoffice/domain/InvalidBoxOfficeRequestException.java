package com.secutix.payments.checkout.boxoffice.domain;

import java.util.List;

/** A box-office request that cannot be carried out as asked: every violation at once. */
public class InvalidBoxOfficeRequestException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidBoxOfficeRequestException(List<Violation> violations) {
        super("invalid box-office request: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
