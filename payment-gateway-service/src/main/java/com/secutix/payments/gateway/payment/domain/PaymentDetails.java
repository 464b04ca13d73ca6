package com.secutix.payments.gateway.payment.domain;

import java.util.Objects;

/**
 * What a payment is for, fixed when it is created: who pays what, for which order, through which
 * channel, with which card alias.
 *
 * @param alias the PSP alias charged; null while a payment asked for with a saved card's id
 *     ({@link SavedCardId}) waits for that card to be looked up, since the caller never holds its alias
 * @param card the masked card as the PSP showed it at card entry, or as the card vault saved it (never taken
 *     from the caller); null until the card is looked up
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

    /** The same payment with a saved card: the alias to charge and the card as the vault saved it. */
    public PaymentDetails withCard(CardOnFile savedCard) {
        return new PaymentDetails(tenantId, operation, savedCard.alias(), amount, orderReference, customerId, channel,
                saveCard, savedCard.card());
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
