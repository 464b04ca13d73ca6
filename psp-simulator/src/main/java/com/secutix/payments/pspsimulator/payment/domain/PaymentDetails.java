package com.secutix.payments.pspsimulator.payment.domain;

import com.secutix.payments.pspsimulator.card.domain.CardView;

import java.util.Objects;

/** What an order said: account, merchant reference, operation, amount, card and ECI. */
public record PaymentDetails(String pspid, String orderId, OperationCode operation, OrderAmount amount, CardView card,
                             String eci) {

    public PaymentDetails {
        Objects.requireNonNull(pspid);
        Objects.requireNonNull(orderId);
        Objects.requireNonNull(amount);
        Objects.requireNonNull(card);
        if (!operation.isNewOrder()) {
            throw new IllegalArgumentException("an order is RES or SAL");
        }
    }
}
