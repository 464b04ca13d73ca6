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
        Text.required("tenantId", tenantId, MAX_REFERENCE_LENGTH);
        Text.required("orderReference", orderReference, MAX_REFERENCE_LENGTH);
        Text.required("customerId", customerId, MAX_REFERENCE_LENGTH);
        operation = operation == null ? Operation.SALE : operation;
        require(alias, "alias");
        require(amount, "amount");
        require(channel, "channel");
        if (amount.minorUnits() <= 0) {
            throw new InvalidPaymentException("amount: must be greater than zero");
        }
        if (saveCard && card == null) {
            throw new InvalidPaymentException("card: is required when saveCard is true");
        }
    }

    private static void require(Object value, String field) {
        if (Objects.isNull(value)) {
            throw new InvalidPaymentException(field + ": is required");
        }
    }
}
