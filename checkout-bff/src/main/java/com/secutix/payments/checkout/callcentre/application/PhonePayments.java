package com.secutix.payments.checkout.callcentre.application;

import com.secutix.payments.checkout.callcentre.domain.PhoneOrder;
import com.secutix.payments.checkout.payment.domain.CardEntryForm;
import com.secutix.payments.checkout.payment.domain.EnteredCard;
import com.secutix.payments.checkout.payment.domain.GatewayPayment;
import java.net.URI;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * The payment gateway, called with the operator's own access token: the gateway sees an operator, so the payment
 * is a mail/phone order on the CALL_CENTRE channel (ECI 1), under the tenant's card policy for that channel.
 */
public interface PhonePayments {

    /**
     * Pays the order with the customer's saved card; the same form key answers the same payment.
     *
     * @throws com.secutix.payments.checkout.payment.application.PaymentRefusedException when the gateway refuses it
     * @throws com.secutix.payments.checkout.payment.application.SecurityCodeRequiredException when the policy asks for the card's code
     * @throws com.secutix.payments.checkout.payment.application.PaymentLimitedException after too many attempts
     * @throws com.secutix.payments.checkout.payment.application.PaymentInProgressException while the same key is being answered
     */
    Mono<GatewayPayment> pay(String operatorToken, String customerId, PhoneOrder order);

    /**
     * Pays the order with the card just entered for the customer (its alias, from the gateway's check of the PSP's
     * redirect, held for this call only), saving it for the customer when the order says so.
     *
     * @throws com.secutix.payments.checkout.payment.application.PaymentRefusedException and the others of {@link #pay}
     */
    Mono<GatewayPayment> payWithEnteredCard(String operatorToken, String customerId, PhoneOrder order, EnteredCard card);

    /** A signed Alias Gateway form in which the customer's new card is typed, straight to the PSP. */
    Mono<CardEntryForm> cardEntryForm(String operatorToken, String customerId, String orderReference, URI accepted, URI refused);

    /**
     * The card the PSP's redirect reports, once the gateway checked it (SHA-OUT, the form ours and open) and
     * registered its alias to the customer.
     *
     * @throws com.secutix.payments.checkout.payment.application.CardEntryRefusedException when it refused it
     */
    Mono<EnteredCard> cardEntryResult(String operatorToken, Map<String, String> redirectParameters);

    /** A signed Alias Gateway form taking the security code of the customer's saved card, which the customer reads out. */
    Mono<CardEntryForm> securityCodeForm(String operatorToken, String customerId, String orderReference, String cardId,
                                         URI accepted, URI refused);

    /**
     * The PSP took the code: the gateway checked the redirect and keeps a one-use proof for the card's next payment.
     *
     * @throws com.secutix.payments.checkout.payment.application.CardEntryRefusedException when it refused it
     */
    Mono<Void> securityCodeResult(String operatorToken, Map<String, String> redirectParameters);
}
