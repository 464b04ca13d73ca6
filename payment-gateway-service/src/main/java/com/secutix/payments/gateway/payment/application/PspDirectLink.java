package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.gateway.payment.domain.OgoneOrderId;
import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PspOutcome;
import reactor.core.publisher.Mono;

/** The PSP's server-to-server API. Its calls never fail: what cannot be read is an unknown outcome. */
public interface PspDirectLink {

    /** Whether the tenant has a PSP account; a payment for a tenant without one is refused up front. */
    boolean hasAccountFor(String tenantId);

    /** Sends the payment's order (sale or authorisation with its alias) under its deterministic ORDERID. */
    Mono<PspOutcome> order(Payment payment);

    /** Asks for the current status of an order. */
    Mono<PspOutcome> query(String tenantId, OgoneOrderId orderId);
}
