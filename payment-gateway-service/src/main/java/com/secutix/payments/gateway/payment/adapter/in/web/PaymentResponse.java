package com.secutix.payments.gateway.payment.adapter.in.web;

import com.secutix.payments.gateway.payment.domain.MaskedCard;
import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PaymentDetails;
import java.time.Instant;

/**
 * A payment as the API shows it: never the alias. {@code pspOrderId} is the ORDERID the PSP knows the
 * payment by, for support and for the PSP's ledger.
 */
public record PaymentResponse(
        String id,
        String state,
        String operation,
        String amount,
        String currency,
        String orderReference,
        String customerId,
        String channel,
        Card card,
        String pspOrderId,
        String pspPayId,
        BuyerAction buyerAction,
        Instant createdAt) {

    /** While the buyer must identify (3-D Secure): the PSP's page, base64 HTML, for the buyer's browser to show. */
    public record BuyerAction(String htmlAnswer) {
    }

    public record Card(String brand, String maskedNumber, String expiry, String holderName) {
    }

    static PaymentResponse of(Payment payment) {
        PaymentDetails details = payment.details();
        MaskedCard card = details.card();
        return new PaymentResponse(payment.id().toString(), payment.state().name(), details.operation().name(),
                details.amount().toDecimalString(), details.amount().currency(), details.orderReference(),
                details.customerId(), details.channel().name(),
                card == null ? null : new Card(card.brand(), card.maskedNumber(), card.expiry(), card.holderName()),
                payment.orderId().value(), payment.pspPayId().orElse(null),
                payment.buyerActionHtml().map(BuyerAction::new).orElse(null), payment.createdAt());
    }
}
