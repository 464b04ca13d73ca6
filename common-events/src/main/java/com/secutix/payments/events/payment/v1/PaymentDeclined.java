package com.secutix.payments.events.payment.v1;

import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.Money;
import com.secutix.payments.events.PlatformEvent;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The payment ended without money moving: refused by the issuer or the PSP, or invalid.
 * {@code pspStatus} and {@code pspError} are the PSP's STATUS and NCERROR codes, for support.
 */
public record PaymentDeclined(String tenantId, UUID paymentId, String orderReference, String customerId,
                              String channel, Money amount, CardSummary card, String pspStatus,
                              String pspError, String reason, Instant occurredAt)
        implements PlatformEvent {

    public PaymentDeclined {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(orderReference, "orderReference");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
        return paymentId.toString();
    }
}
