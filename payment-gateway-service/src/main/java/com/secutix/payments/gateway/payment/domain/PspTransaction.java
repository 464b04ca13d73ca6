package com.secutix.payments.gateway.payment.domain;

import java.time.Instant;

/**
 * One call to the PSP about a payment, kept as the payment's PSP ledger.
 *
 * @param attempt 1 for the first call, counting every call about the payment
 * @param status the PSP's STATUS, null when no readable answer came
 */
public record PspTransaction(
        int attempt,
        PspExchange exchange,
        OgoneOrderId orderId,
        String payId,
        Integer status,
        String ncError,
        Instant sentAt,
        Instant answeredAt) {

    static PspTransaction of(int attempt, PspExchange exchange, OgoneOrderId orderId, PspOutcome outcome,
            Instant sentAt, Instant answeredAt) {
        if (outcome instanceof PspOutcome.Answered answered) {
            return new PspTransaction(attempt, exchange, orderId, answered.payId(), answered.status(),
                    answered.ncError(), sentAt, answeredAt);
        }
        return new PspTransaction(attempt, exchange, orderId, null, null, null, sentAt, answeredAt);
    }
}
