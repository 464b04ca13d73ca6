package com.secutix.payments.cardvault.card.domain;

/** The customer a card belongs to, inside one tenant (institution): customer ids are unique per tenant only. */
public record CardOwner(String tenantId, String customerId) {

    public CardOwner {
        tenantId = Text.required(tenantId, "tenant id");
        customerId = Text.required(customerId, "customer id");
    }
}
