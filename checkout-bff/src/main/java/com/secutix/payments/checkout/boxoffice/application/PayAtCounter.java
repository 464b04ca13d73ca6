package com.secutix.payments.checkout.boxoffice.application;

import com.secutix.payments.checkout.boxoffice.domain.CounterPayment;
import com.secutix.payments.checkout.boxoffice.domain.PaymentOutcome;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * A payment at the counter with a customer's saved card, through the gateway as the terminal itself: the BFF keeps
 * nothing, the gateway's {@code Idempotency-Key} (scoped to the terminal's client and tenant) makes a replay answer
 * the same payment, and the channel ({@code BOX_OFFICE}) follows the terminal's role.
 */
public class PayAtCounter {

    private final BoxOfficeGateway gateway;

    public PayAtCounter(BoxOfficeGateway gateway) {
        this.gateway = gateway;
    }

    public Mono<PaymentOutcome> pay(Terminal terminal, CounterPayment payment, String idempotencyKey) {
        return gateway.pay(terminal, payment, idempotencyKey);
    }

    public Mono<PaymentOutcome> payment(Terminal terminal, UUID paymentId) {
        return gateway.payment(terminal, paymentId);
    }
}
