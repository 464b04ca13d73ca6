package com.secutix.payments.checkout.session.adapter.in.web;

import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.OrderLine;
import com.secutix.payments.events.Money;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** A checkout session as the sales system reads it: where to send the buyer, until when, and how it stands. */
record CheckoutSessionView(String id, String state, URI pageUrl, Instant expiresAt, String orderId, String customerId,
                           String currency, String locale, String total, List<LineView> lines, URI returnUrl, URI cancelUrl,
                           Instant createdAt) {

    record LineView(String ticketId, String performanceId, String performanceName, Instant performanceStartsAt, String price) {
    }

    static CheckoutSessionView of(CheckoutSession session, URI pageUrl, Instant now) {
        var order = session.order();
        return new CheckoutSessionView(session.id().toString(), session.stateAt(now).name(), pageUrl, session.expiresAt(),
                order.orderId(), order.customerId(), order.currency(), order.locale().toLanguageTag(), decimal(order.total()),
                order.lines().stream().map(CheckoutSessionView::lineOf).toList(), order.returnUrl(), order.cancelUrl(),
                session.createdAt());
    }

    private static LineView lineOf(OrderLine line) {
        return new LineView(line.ticketId(), line.performanceId(), line.performanceName(), line.performanceStartsAt(),
                decimal(line.price()));
    }

    private static String decimal(Money money) {
        return money.decimalText();
    }
}
