package com.secutix.payments.gateway.cardentry.application;

import com.secutix.payments.gateway.cardentry.domain.CardEntryForm;
import com.secutix.payments.gateway.cardentry.domain.CardEntryReference;
import com.secutix.payments.gateway.cardentry.domain.CardEntryRequest;
import com.secutix.payments.gateway.cardentry.domain.RedirectParameters;

/** The PSP's card-entry page (Ogone Alias Gateway), seen from our server: we sign its form and check its redirects. */
public interface AliasGateway {

    /** The form the buyer's browser posts to the PSP, signed with the tenant's SHA-IN passphrase. */
    CardEntryForm signedForm(String tenantId, CardEntryRequest request, CardEntryReference orderId)
            throws NoCardEntryAccountException;

    /** Whether the redirect carries the PSP's signature (SHA-OUT passphrase) over the parameters it signs. */
    boolean isSignedByPsp(String tenantId, RedirectParameters redirect) throws NoCardEntryAccountException;
}
