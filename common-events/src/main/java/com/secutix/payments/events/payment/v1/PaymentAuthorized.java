package com.secutix.payments.events.payment.v1;

import com.secutix.payments.events.CardSummary;
import com.secutix.payments.events.Money;
import com.secutix.payments.events.PlatformEvent;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The PSP authorised a payment: the money is reserved on the card, to be captured later.
 * {@code sealedPspAlias} is the PSP's reference of the card, needed to save it: a secret that can start
 * charges, so it travels sealed (platform-core's {@code SecretSealer}, AES-256-GCM bound to the tenant, {@code
 * v1:<key-id>:<sealed>}); only the platform's services that share the key ring open it.
 */
public record PaymentAuthorized(String tenantId, UUID paymentId, String orderReference, String customerId,
                              String channel, Money amount, CardSummary card, String sealedPspAlias,
                              boolean saveCardRequested, String pspPayId, Instant occurredAt)
        implements PlatformEvent {

    public PaymentAuthorized {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(orderReference, "orderReference");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(sealedPspAlias, "sealedPspAlias");
        Objects.requireNonNull(pspPayId, "pspPayId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (saveCardRequested) {
            Objects.requireNonNull(card, "card (required when saving the card)");
        }
    }

    @Override
    public String aggregateId() {
        return paymentId.toString();
    }

    /** The record's fields, with the PSP alias hidden: a printed event must never reveal it. */
    @Override
    public String toString() {
        return "PaymentAuthorized[tenantId=" + tenantId + ", paymentId=" + paymentId
                + ", orderReference=" + orderReference + ", customerId=" + customerId + ", channel=" + channel
                + ", amount=" + amount + ", card=" + card
                + ", sealedPspAlias=[hidden], saveCardRequested=" + saveCardRequested + ", pspPayId=" + pspPayId
                + ", occurredAt=" + occurredAt + "]";
    }
}
