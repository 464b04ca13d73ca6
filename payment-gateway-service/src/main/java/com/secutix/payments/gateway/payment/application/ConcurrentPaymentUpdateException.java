package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.gateway.payment.domain.PaymentId;

/** The payment changed since it was read (another request or the reconciliation job got there first). */
public class ConcurrentPaymentUpdateException extends RuntimeException {

    public ConcurrentPaymentUpdateException(PaymentId id) {
        super("payment " + id + " was changed concurrently");
    }
}
