package com.secutix.payments.checkout.account.application;

import com.secutix.payments.checkout.payment.domain.CardEntryForm;
import com.secutix.payments.checkout.payment.domain.ShownCard;
import java.net.URI;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * The gateway's alias update of a saved card (the PSP's Alias Gateway): a signed form for the card, which the
 * browser posts with the new expiry date or holder name straight to the PSP, and the PSP's redirect checked by
 * the gateway (SHA-OUT, the form ours and open). The new details then reach the vault through the gateway's events.
 */
public interface CardDetailsChanges {

    /** A signed alias-update form for the customer's saved card; the PSP sends the buyer back to one of the two addresses. */
    Mono<CardEntryForm> form(String tenantId, String customerId, String cardId, URI accepted, URI refused, String buyerAddress);

    /**
     * The card as the PSP now holds it.
     *
     * @throws CardUpdateRefusedException when the PSP refused the change or the redirect is not genuine
     */
    Mono<ShownCard> result(String tenantId, Map<String, String> redirectParameters, String buyerAddress);
}
