package com.secutix.payments.gateway.cardentry.application;

import com.secutix.payments.gateway.cardentry.domain.CardEntryForm;
import com.secutix.payments.gateway.cardentry.domain.CardEntryReference;
import com.secutix.payments.gateway.cardentry.domain.CardEntryRequest;

/** Gives a page the signed form that lets the buyer type a card straight to the PSP. */
public class PrepareCardEntry {

    private final AliasGateway aliasGateway;

    public PrepareCardEntry(AliasGateway aliasGateway) {
        this.aliasGateway = aliasGateway;
    }

    public CardEntryForm prepare(String tenantId, CardEntryRequest request) {
        return aliasGateway.signedForm(tenantId, request, CardEntryReference.of(request.orderReference()));
    }
}
