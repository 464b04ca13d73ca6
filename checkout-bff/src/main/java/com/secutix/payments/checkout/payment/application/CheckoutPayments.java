package com.secutix.payments.checkout.payment.application;

import com.secutix.payments.checkout.payment.domain.EnteredCard;
import com.secutix.payments.checkout.payment.domain.GatewayPayment;
import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutSessionId;
import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What the checkout keeps of paying a session: the card-entry forms shown for it, the card entered, and the
 * session's moves between OPEN, PAYING, AWAITING_BUYER and the end states, each a conditional update so that
 * two requests (a double click, two BFF instances) can never both pay.
 */
public interface CheckoutPayments {

    Mono<Void> recordCardEntry(CheckoutSessionId sessionId, String pspOrderId, Instant now);

    /** Records a form that takes a saved card's security code again. */
    Mono<Void> recordSecurityCodeEntry(CheckoutSessionId sessionId, String pspOrderId, String savedCardId, Instant now);

    /** The saved card a form takes the security code of; empty for a new card's form or one never shown. */
    Mono<String> savedCardOfEntry(String pspOrderId);

    /** The session a card-entry form was shown for; empty for a form this checkout never showed. */
    Mono<CheckoutSessionId> sessionOfCardEntry(String pspOrderId);

    Mono<Void> keepEnteredCard(CheckoutSessionId sessionId, EnteredCard card, Instant now);

    Mono<EnteredCard> enteredCard(CheckoutSessionId sessionId);

    Mono<PaymentProgress> progress(CheckoutSessionId sessionId);

    /** OPEN, unexpired and under the failed-attempt limit → PAYING; false when the session was not in that state. */
    Mono<Boolean> claimForPayment(CheckoutSessionId sessionId, Instant now, int maxFailedAttempts);

    /** Keeps the request about to be sent for a PAYING session. */
    Mono<Void> keepPending(CheckoutSessionId sessionId, PendingPayment pending);

    /**
     * Sessions claimed before {@code claimedBefore} and still unanswered, at most {@code limit}: PAYING with no
     * payment recorded, or AWAITING_BUYER (the buyer may never come back from 3-D Secure).
     */
    Flux<InterruptedPayment> interrupted(Instant claimedBefore, int limit);

    /** PAYING → AWAITING_BUYER with the payment the bank's page (or the PSP's late answer) is awaited for. */
    Mono<Void> awaitBuyer(CheckoutSessionId sessionId, UUID paymentId, boolean saveCardRequested);

    /** Forgets the card entered on the session's page (its code is gone): the buyer enters a card again. */
    Mono<Void> forgetEnteredCard(CheckoutSessionId sessionId);

    /** PAYING or AWAITING_BUYER → OPEN; a refused payment counts as a failed attempt. */
    Mono<Void> release(CheckoutSessionId sessionId, boolean refused);

    /** PAYING or AWAITING_BUYER → COMPLETED with its {@code CheckoutCompleted}, in one transaction; false if already ended. */
    Mono<Boolean> complete(CheckoutSession session, GatewayPayment payment, boolean cardSaved, Instant now);

    /** OPEN → CANCELLED with its {@code CheckoutCancelled}, in one transaction; false when it was not open. */
    Mono<Boolean> cancel(CheckoutSession session, Instant now);
}
