package com.secutix.payments.gateway.cardentry.application;

import com.secutix.payments.gateway.cardentry.domain.AliasGatewayFeedback;
import com.secutix.payments.gateway.cardentry.domain.CardEntryOutcome;
import com.secutix.payments.gateway.cardentry.domain.RedirectParameters;

/**
 * Turns the PSP's redirect, forwarded by the page at ACCEPTURL / EXCEPTIONURL, into the alias and masked
 * card, or the PSP's refusal. The signature is checked before anything in the redirect is read.
 */
public class ReadCardEntryResult {

    private final AliasGateway aliasGateway;

    public ReadCardEntryResult(AliasGateway aliasGateway) {
        this.aliasGateway = aliasGateway;
    }

    public CardEntryOutcome read(String tenantId, RedirectParameters redirect) {
        if (!aliasGateway.isSignedByPsp(tenantId, redirect)) {
            throw new ForgedRedirectException();
        }
        return AliasGatewayFeedback.read(redirect);
    }
}
