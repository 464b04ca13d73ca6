package com.secutix.payments.checkout.payment.application;

import com.secutix.payments.checkout.payment.domain.CardEntryForm;
import com.secutix.payments.checkout.payment.domain.EnteredCard;
import com.secutix.payments.checkout.payment.domain.GatewayPayment;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * The payment gateway, called for a tenant with the BFF's own machine client of that tenant. Each call that
 * counts against card-testing limits carries the buyer's address, which the gateway trusts from this client
 * only.
 */
public interface Gateway {

    /** A signed Alias Gateway form for the customer's card, the PSP sending the buyer back to one of the two addresses. */
    Mono<CardEntryForm> cardEntryForm(String tenantId, String customerId, String orderReference, URI acceptUrl,
                                      URI exceptionUrl, String buyerAddress);

    /** A signed Alias Gateway form that takes the security code of the customer's saved card again. */
    Mono<CardEntryForm> securityCodeForm(String tenantId, String customerId, String orderReference, String savedCardId,
                                         URI acceptUrl, URI exceptionUrl, String buyerAddress);

    /**
     * The PSP took the saved card's security code (the gateway checked the redirect as for a new card); it is
     * good for that card's next payment.
     *
     * @throws CardEntryRefusedException when the PSP refused it or the redirect is not genuine
     */
    Mono<Void> securityCodeResult(String tenantId, Map<String, String> redirectParameters, String buyerAddress);

    /**
     * The card the PSP's redirect reports, once the gateway checked its signature (SHA-OUT) and that the form was
     * ours and still open.
     *
     * @throws CardEntryRefusedException when the PSP refused the card or the redirect is not genuine
     */
    Mono<EnteredCard> cardEntryResult(String tenantId, Map<String, String> redirectParameters, String buyerAddress);

    /** Pays the order; the same key answers the same payment, however often it is sent. */
    Mono<GatewayPayment> pay(String tenantId, PaymentOrder order, String idempotencyKey);

    Mono<GatewayPayment> payment(String tenantId, UUID paymentId);

    /**
     * The buyer is back from 3-D Secure (or waits on the page for an open payment): the gateway asks the PSP now
     * and answers the payment as it then stands. The redirect's parameters are passed on; the PSP's answer decides.
     */
    Mono<GatewayPayment> buyerReturned(String tenantId, UUID paymentId, Map<String, String> redirectParameters);
}
