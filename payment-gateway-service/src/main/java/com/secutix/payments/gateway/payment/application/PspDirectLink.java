package com.secutix.payments.gateway.payment.application;

import com.secutix.payments.gateway.payment.domain.OgoneOrderId;
import com.secutix.payments.gateway.payment.domain.Payment;
import com.secutix.payments.platform.web.returnurls.ReturnUrls;
import com.secutix.payments.gateway.payment.domain.PspOutcome;
import com.secutix.payments.gateway.payment.domain.ThreeDSecureRequest;
import java.util.Optional;
import reactor.core.publisher.Mono;

/** The PSP's server-to-server API. Its calls never fail: what cannot be read is an unknown outcome. */
public interface PspDirectLink {

    /** Whether the tenant has a PSP account; a payment for a tenant without one is refused up front. */
    boolean hasAccountFor(String tenantId);

    /**
     * Sends the payment's order (sale or authorisation with its alias) under its deterministic ORDERID, with
     * 3-D Secure asked for when {@code threeDSecure} is given.
     */
    Mono<PspOutcome> order(Payment payment, Optional<ThreeDSecureRequest> threeDSecure);

    /** Where the tenant lets the PSP send its buyers back to after 3-D Secure. */
    ReturnUrls allowedReturnUrls(String tenantId);

    /** Asks for the current status of an order. */
    Mono<PspOutcome> query(String tenantId, OgoneOrderId orderId);
}
