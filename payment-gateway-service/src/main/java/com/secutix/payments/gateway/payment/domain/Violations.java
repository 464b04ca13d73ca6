package com.secutix.payments.gateway.payment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks several rules and reports every broken one at once, so a caller learns all that is wrong
 * with a request in one answer. A field is reported once: a later rule about a field already found
 * invalid ({@code "alias: is required"} after {@code "alias: must be at most 50 characters"}), or
 * about its parent ({@code "card: ..."} after {@code "card.expiry: ..."}), adds nothing.
 */
public final class Violations {

    private final List<String> found = new ArrayList<>();

    /** The value the rule builds, or null when it is broken (the violation is recorded). */
    public <T> T check(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (InvalidPaymentException e) {
            e.violations().forEach(this::add);
            return null;
        }
    }

    /** Records the violation when the rule is broken. */
    public void verify(Runnable rule) {
        check(() -> {
            rule.run();
            return null;
        });
    }

    public void add(String violation) {
        String field = fieldOf(violation);
        boolean fieldAlreadyReported = found.stream().map(Violations::fieldOf)
                .anyMatch(reported -> reported.equals(field) || reported.startsWith(field + "."));
        if (!fieldAlreadyReported) {
            found.add(violation);
        }
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidPaymentException(found);
        }
    }

    private static String fieldOf(String violation) {
        int separator = violation.indexOf(": ");
        return separator < 0 ? "" : violation.substring(0, separator);
    }
}
