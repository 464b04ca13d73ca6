package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.gateway.payment.domain.PaymentId;
import com.secutix.payments.gateway.payment.domain.UnknownPaymentException;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Reads a payment of the caller's tenant. A customer sees only their own payments; anything else
 * answers as if the payment did not exist.
 */
public class GetPayment {

    private final Payments payments;

    public GetPayment(Payments payments) {
        this.payments = payments;
    }

    /**
     * @param onlyForCustomer the customer id when the caller is a customer acting for themselves,
     *                        empty for staff and machine clients of the tenant
     */
    public Mono<Payment> get(String tenantId, PaymentId id, Optional<String> onlyForCustomer) {
        return payments.find(tenantId, id)
                .filter(payment -> payment.belongsTo(tenantId))
                .filter(payment -> onlyForCustomer.map(payment::isPaidBy).orElse(true))
                .switchIfEmpty(Mono.error(UnknownPaymentException::new));
    }
}
