package com.secutix.payments.gateway.cardentry.application;

import com.secutix.payments.gateway.cardentry.domain.CardAlias;
import com.secutix.payments.gateway.cardentry.domain.CardEntryForm;
import com.secutix.payments.gateway.cardentry.domain.CardEntryReference;
import com.secutix.payments.gateway.cardentry.domain.CardEntryRequest;
import com.secutix.payments.gateway.cardentry.domain.EnteredCard;
import com.secutix.payments.gateway.cardentry.domain.RedirectParameters;
import com.secutix.payments.platform.web.returnurls.ReturnUrls;
import java.util.Optional;

/** The PSP's card-entry page (Ogone Alias Gateway), seen from our server: we sign its form and check its redirects. */
public interface AliasGateway {

    /**
     * The form the buyer's browser posts to the PSP, signed with the tenant's SHA-IN passphrase, carrying the
     * card entry's reference as ORDERID and the alias we chose.
     */
    default CardEntryForm signedForm(String tenantId, CardEntryRequest request, CardEntryReference reference,
            CardAlias alias) throws NoCardEntryAccountException {
        return signedForm(tenantId, request, reference, alias, Optional.empty());
    }

    /**
     * The same form; with {@code cardOnFile}, a form that updates the alias's card without changing it: it also
     * carries the card's masked number, holder and expiry as the PSP expects them for an update, so the buyer types
     * the security code only (a CVV re-entry). Those card fields are not signed: the PSP signs only the fields of
     * its list, and checks the masked number against the card it keeps behind the alias.
     */
    CardEntryForm signedForm(String tenantId, CardEntryRequest request, CardEntryReference reference, CardAlias alias,
            Optional<EnteredCard> cardOnFile) throws NoCardEntryAccountException;

    /** Whether the redirect carries the PSP's signature (SHA-OUT passphrase) over the parameters it signs. */
    boolean isSignedByPsp(String tenantId, RedirectParameters redirect) throws NoCardEntryAccountException;

    /** Where the tenant lets the PSP send its buyers back to. */
    ReturnUrls allowedReturnUrls(String tenantId) throws NoCardEntryAccountException;
}
