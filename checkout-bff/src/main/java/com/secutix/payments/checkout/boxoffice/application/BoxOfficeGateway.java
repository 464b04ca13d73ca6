package com.secutix.payments.checkout.boxoffice.application;

import com.secutix.payments.checkout.boxoffice.domain.CounterPayment;
import com.secutix.payments.checkout.boxoffice.domain.EnteredSecurityCode;
import com.secutix.payments.checkout.boxoffice.domain.PaymentOutcome;
import com.secutix.payments.checkout.boxoffice.domain.SecurityCodeForm;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * The payment gateway, called with the terminal's own token. Its refusals come back as the exceptions of this
 * package: {@link SecurityCodeRequiredException}, {@link UnknownCardException}, {@link UnknownPaymentException},
 * {@link AttemptsLimitedException}, {@link GatewayRefusalException}, {@link GatewayUnavailableException}.
 */
public interface BoxOfficeGateway {

    /**
     * Pays by the saved card's id; the channel is the caller's ({@code BOX_OFFICE}). The key goes to the gateway
     * unchanged, so the same key and request answer the same payment, however often they are sent.
     */
    Mono<PaymentOutcome> pay(Terminal terminal, CounterPayment payment, String idempotencyKey);

    Mono<PaymentOutcome> payment(Terminal terminal, UUID paymentId);

    /** A signed Alias Gateway form that takes the security code of the customer's saved card again. */
    Mono<SecurityCodeForm> securityCodeForm(Terminal terminal, String customerId, String cardId, String orderReference,
                                            URI acceptUrl, URI exceptionUrl);

    /**
     * The PSP's redirect after the security code was typed, checked by the gateway (SHA-OUT, a form of this caller,
     * once, for the saved card), which records a one-use proof for the card's next payment.
     *
     * @throws SecurityCodeEntryRefusedException when the gateway does not take the redirect
     */
    Mono<EnteredSecurityCode> securityCodeEntered(Terminal terminal, Map<String, String> redirectParameters);
}
