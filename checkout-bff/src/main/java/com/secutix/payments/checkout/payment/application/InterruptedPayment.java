package com.secutix.payments.checkout.payment.application;

import com.secutix.payments.checkout.session.domain.CheckoutSessionId;
import java.util.Optional;

/**
 * A session left PAYING without an answer from the gateway for longer than a payment takes (the BFF stopped
 * in between): the request it was sending, or none when it stopped before keeping it (nothing was sent then).
 */
public record InterruptedPayment(CheckoutSessionId sessionId, Optional<PendingPayment> pending) {
}
