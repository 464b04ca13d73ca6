package com.secutix.payments.checkout.session.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.secutix.payments.checkout.session.domain.SessionPayment;
import java.util.Optional;
import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.OrderLine;
import com.secutix.payments.events.Money;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A checkout session as the sales system reads it: where to send the buyer, until when, how it stands, and once
 * completed the payment (its id at the gateway and the masked card).
 */
record CheckoutSessionView(String id, String state, URI pageUrl, Instant expiresAt, String orderId, String customerId,
                           String currency, String locale, String total, List<LineView> lines, URI returnUrl, URI cancelUrl,
                           String channel, Instant createdAt, @JsonInclude(JsonInclude.Include.NON_NULL) PaymentView payment) {

    /** The payment that completed the session: the gateway's payment id and the masked card (never the alias). */
    record PaymentView(String id, String brand, String maskedNumber, String expiry) {

        static PaymentView of(SessionPayment payment) {
            return new PaymentView(payment.paymentId().toString(), payment.brand(), payment.maskedNumber(), payment.expiry());
        }
    }

    record LineView(String ticketId, String performanceId, String performanceName, Instant performanceStartsAt, String price) {
    }

    static CheckoutSessionView of(CheckoutSession session, URI pageUrl, Instant now) {
        return of(session, pageUrl, now, Optional.empty());
    }

    static CheckoutSessionView of(CheckoutSession session, URI pageUrl, Instant now, Optional<SessionPayment> payment) {
        var order = session.order();
        return new CheckoutSessionView(session.id().toString(), session.stateAt(now).name(), pageUrl, session.expiresAt(),
                order.orderId(), order.customerId(), order.currency(), order.locale().toLanguageTag(), decimal(order.total()),
                order.lines().stream().map(CheckoutSessionView::lineOf).toList(), order.returnUrl(), order.cancelUrl(),
                order.channel().name(), session.createdAt(), payment.map(PaymentView::of).orElse(null));
    }

    private static LineView lineOf(OrderLine line) {
        return new LineView(line.ticketId(), line.performanceId(), line.performanceName(), line.performanceStartsAt(),
                decimal(line.price()));
    }

    private static String decimal(Money money) {
        return money.decimalText();
    }
}
