package com.secutix.payments.pspsimulator.payment.domain;

import java.time.Instant;

/** One level of a payment's history: PAYIDSUB 0 is the order, maintenance operations follow. */
public record PaymentOperation(int payIdSub, OperationCode code, long amount, TransactionStatus status,
                               NcError error, Instant time) {

    PaymentOperation withStatus(TransactionStatus newStatus, NcError newError) {
        return new PaymentOperation(payIdSub, code, amount, newStatus, newError, time);
    }
}
