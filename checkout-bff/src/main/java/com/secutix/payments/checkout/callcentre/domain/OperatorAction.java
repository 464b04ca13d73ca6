package com.secutix.payments.checkout.callcentre.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the call centre's audit trail: who (the operator, in their tenant) did what to which customer's
 * cards, when, and how it ended ({@code outcome}: {@code DONE}, {@code PAID}, {@code DECLINED}, {@code REFUSED},
 * {@code UNKNOWN_CARD}...). Refusals are recorded like successes.
 */
public record OperatorAction(UUID id, String tenantId, String operator, String customerId, OperatorActionType action,
                             UUID cardId, String orderId, String outcome, Instant occurredAt) {

    public OperatorAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
