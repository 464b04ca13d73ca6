package com.secutix.payments.gateway.payment.domain;

import java.util.Objects;

/**
 * What a payment is for, fixed when it is created: who pays what, for which order, through which
 * channel, with which card alias.
 *
 * @param card the masked card data, required when the buyer asked to save the card
 */
public record PaymentDetails(
        String tenantId,
        Operation operation,
        PspAlias alias,
        Money amount,
        String orderReference,
        String customerId,
        Channel channel,
        boolean saveCard,
        MaskedCard card) {

    public static final int MAX_REFERENCE_LENGTH = 64;

    public PaymentDetails {
        Violations violations = new Violations();
        violations.verify(() -> Text.required("tenantId", tenantId, MAX_REFERENCE_LENGTH));
        violations.verify(() -> Text.required("orderReference", orderReference, MAX_REFERENCE_LENGTH));
        violations.verify(() -> Text.required("customerId", customerId, MAX_REFERENCE_LENGTH));
        violations.verify(() -> require(alias, "alias"));
        violations.verify(() -> require(amount, "amount"));
        violations.verify(() -> require(channel, "channel"));
        if (amount != null && amount.minorUnits() <= 0) {
            violations.add("amount: must be greater than zero");
        }
        if (saveCard && card == null) {
            violations.add("card: is required when saveCard is true");
        }
        violations.throwIfAny();
        operation = operation == null ? Operation.SALE : operation;
    }

    private static void require(Object value, String field) {
        if (Objects.isNull(value)) {
            throw new InvalidPaymentException(field + ": is required");
        }
    }
}
