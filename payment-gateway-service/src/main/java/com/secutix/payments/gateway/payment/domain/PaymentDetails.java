package com.secutix.payments.gateway.payment.domain;

import java.util.Objects;

/**
 * What a payment is for, fixed when it is created: who pays what, for which order, through which
 * channel, with which card alias.
 *
 * @param card the masked card as the PSP showed it at card entry (never taken from the caller); null until
 *     the alias's card is looked up
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
        violations.throwIfAny();
        operation = operation == null ? Operation.SALE : operation;
    }

    /** The same payment with the card as the PSP showed it at card entry. */
    public PaymentDetails withCard(MaskedCard enteredCard) {
        return new PaymentDetails(tenantId, operation, alias, amount, orderReference, customerId, channel, saveCard,
                enteredCard);
    }

    /** Whether the buyer is paying online (WEB, MOBILE): the PSP then asks for 3-D Secure. */
    public boolean isECommerce() {
        return channel == Channel.WEB || channel == Channel.MOBILE;
    }

    private static void require(Object value, String field) {
        if (Objects.isNull(value)) {
            throw new InvalidPaymentException(field + ": is required");
        }
    }
}
