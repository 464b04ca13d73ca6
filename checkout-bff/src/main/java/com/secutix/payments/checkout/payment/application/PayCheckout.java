package com.secutix.payments.checkout.payment.application;

import com.secutix.payments.checkout.payment.domain.BuyerBrowser;
import com.secutix.payments.checkout.payment.domain.GatewayPayment;
import com.secutix.payments.checkout.payment.domain.PaymentChoice;
import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.signin.SignedInBuyer;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Pays a checkout session, once. The session is claimed (OPEN → PAYING) before the gateway is asked, so a
 * double click or a second tab finds it taken and charges nothing; the gateway call carries an
 * {@code Idempotency-Key} of the session and attempt, so a retried call answers the same payment. A saved card
 * is paid by its id, and only by the session's customer signed in: the gateway resolves its alias for that
 * customer, so nobody pays with another customer's card. A card is saved only when the buyer asked, is that
 * customer, and the tenant allows saving. A refused payment counts against the session's attempts; any other
 * failure releases the session under the same key, so a retry replays what the gateway did instead of paying
 * again.
 */
public class PayCheckout {

    /**
     * How paying went, for the page to say. {@code ENTER_CARD_AGAIN}: the card entered on the page was tried before (its
     * security code went with that attempt) and the tenant's policy asks for the code: it is forgotten, the buyer types
     * it again.
     */
    public enum Outcome {
        PAID, REFUSED, AWAITING_BUYER, IN_PROGRESS, BUSY, NOT_PAYABLE, TOO_MANY_ATTEMPTS, LIMITED, SECURITY_CODE_NEEDED,
        ENTER_CARD_AGAIN, NO_CARD
    }

    private static final Logger log = LoggerFactory.getLogger(PayCheckout.class);

    private final Gateway gateway;
    private final CardVault vault;
    private final CheckoutPayments payments;
    private final Function<CheckoutSession, URI> authenticationReturnPage;
    private final int maxFailedAttempts;
    private final Clock clock;

    public PayCheckout(Gateway gateway, CardVault vault, CheckoutPayments payments,
                       Function<CheckoutSession, URI> authenticationReturnPage, int maxFailedAttempts, Clock clock) {
        this.gateway = gateway;
        this.vault = vault;
        this.payments = payments;
        this.authenticationReturnPage = authenticationReturnPage;
        this.maxFailedAttempts = maxFailedAttempts;
        this.clock = clock;
    }

    public int maxFailedAttempts() {
        return maxFailedAttempts;
    }

    public Mono<Outcome> pay(CheckoutSession session, Optional<SignedInBuyer> buyer, PaymentChoice choice, BuyerBrowser browser) {
        boolean customerSignedIn = buyer.filter(b -> b.isCustomer(session.tenantId(), session.order().customerId())).isPresent();
        if (choice instanceof PaymentChoice.SavedCardChoice && !customerSignedIn) {
            return Mono.just(Outcome.NO_CARD);
        }
        return payments.progress(session.id()).flatMap(progress -> progress.failedAttempts() >= maxFailedAttempts
                ? Mono.just(Outcome.TOO_MANY_ATTEMPTS)
                : orderOf(session, choice, customerSignedIn, browser)
                        .flatMap(order -> payments.claimForPayment(session.id(), clock.instant(), maxFailedAttempts)
                                .flatMap(claimed -> claimed
                                        // the attempts as they stand once claimed: another tab may have been declined since
                                        ? payments.progress(session.id()).flatMap(claimedProgress -> keepAndSend(session, order,
                                                "checkout-" + session.id() + "-" + claimedProgress.failedAttempts()))
                                        : Mono.just(Outcome.NOT_PAYABLE)))
                        .defaultIfEmpty(Outcome.NO_CARD));
    }

    /**
     * Asks the gateway where the payment under way stands (the gateway asks the PSP), and records it if it has
     * ended: after 3-D Secure, or while the buyer waits on the page for an uncertain payment.
     */
    public Mono<Outcome> settle(CheckoutSession session, Map<String, String> redirectParameters) {
        return payments.progress(session.id())
                .flatMap(progress -> progress.paymentId() == null ? Mono.just(Outcome.IN_PROGRESS)
                        : gateway.buyerReturned(session.tenantId(), progress.paymentId(), redirectParameters)
                                .flatMap(payment -> record(session, payment, progress.saveCardRequested())));
    }

    private Mono<PaymentOrder> orderOf(CheckoutSession session, PaymentChoice choice, boolean customerSignedIn,
                                       BuyerBrowser browser) {
        URI back = authenticationReturnPage.apply(session);
        if (choice instanceof PaymentChoice.SavedCardChoice saved) {
            return Mono.just(new PaymentOrder(session.order().total(), session.order().orderId(),
                    session.order().customerId(), session.order().channel(), null, saved.cardId(), false, back, browser));
        }
        boolean askedToSave = ((PaymentChoice.EnteredCardChoice) choice).saveCard() && customerSignedIn;
        Mono<Boolean> save = askedToSave ? vault.savingEnabled(session.tenantId()) : Mono.just(false);
        return payments.enteredCard(session.id()).zipWith(save, (card, saveCard) -> new PaymentOrder(
                session.order().total(), session.order().orderId(), session.order().customerId(), session.order().channel(),
                card.alias(), null, saveCard, back, browser));
    }

    /**
     * Reads where the payment a session waits for stands at the gateway (without asking the PSP: the gateway's
     * reconciliation does), and records it if it has ended: a buyer who never came back from 3-D Secure.
     */
    public Mono<Outcome> refresh(CheckoutSession session) {
        return payments.progress(session.id())
                .flatMap(progress -> progress.paymentId() == null ? Mono.just(Outcome.IN_PROGRESS)
                        : gateway.payment(session.tenantId(), progress.paymentId())
                                .flatMap(payment -> payment.state().isPaid() || payment.state().isRefused()
                                        ? record(session, payment, progress.saveCardRequested())
                                        : Mono.just(Outcome.IN_PROGRESS)));
    }

    /**
     * Sends again, under its key, the request of a session whose payment was interrupted; a session that stopped
     * before keeping its request had sent nothing, and opens again.
     */
    public Mono<Outcome> resume(CheckoutSession session, Optional<PendingPayment> interrupted) {
        if (interrupted.isEmpty()) {
            return payments.release(session.id(), false).thenReturn(Outcome.NOT_PAYABLE);
        }
        PendingPayment pending = interrupted.get();
        Mono<PaymentOrder> order = pending.cardId() != null
                ? Mono.just(new PaymentOrder(session.order().total(), session.order().orderId(), session.order().customerId(),
                        session.order().channel(), null, pending.cardId(), false, authenticationReturnPage.apply(session),
                        pending.browser()))
                : payments.enteredCard(session.id()).map(card -> new PaymentOrder(session.order().total(),
                        session.order().orderId(), session.order().customerId(), session.order().channel(), card.alias(), null,
                        pending.saveCard(), authenticationReturnPage.apply(session), pending.browser()));
        return order.flatMap(resent -> send(session, resent, pending.idempotencyKey()));
    }

    private Mono<Outcome> keepAndSend(CheckoutSession session, PaymentOrder order, String idempotencyKey) {
        PendingPayment pending = new PendingPayment(idempotencyKey, order.cardId(), order.saveCard(), order.browser());
        return payments.keepPending(session.id(), pending).then(send(session, order, idempotencyKey));
    }

    private Mono<Outcome> send(CheckoutSession session, PaymentOrder order, String idempotencyKey) {
        return gateway.pay(session.tenantId(), order, idempotencyKey)
                .flatMap(payment -> record(session, payment, order.saveCard()))
                .onErrorResume(PaymentRefusedException.class, refused -> {
                    log.info("checkout {}: the gateway refused the payment: {}", session.id().value(), refused.getMessage());
                    return payments.release(session.id(), true).thenReturn(Outcome.REFUSED);
                })
                .onErrorResume(SecurityCodeRequiredException.class, needed -> order.alias() == null
                        ? payments.release(session.id(), false).thenReturn(Outcome.SECURITY_CODE_NEEDED)
                        : payments.forgetEnteredCard(session.id()).then(payments.release(session.id(), false))
                                .thenReturn(Outcome.ENTER_CARD_AGAIN))
                .onErrorResume(PaymentLimitedException.class,
                        limited -> payments.release(session.id(), false).thenReturn(Outcome.LIMITED))
                .onErrorResume(PaymentInProgressException.class,
                        running -> payments.release(session.id(), false).thenReturn(Outcome.IN_PROGRESS))
                // nothing was done at the gateway: the buyer may press Pay again, and no failed attempt is counted
                .onErrorResume(GatewayBusyException.class,
                        busy -> payments.release(session.id(), false).thenReturn(Outcome.BUSY))
                .onErrorResume(failure -> payments.release(session.id(), false).then(Mono.error(failure)));
    }

    private Mono<Outcome> record(CheckoutSession session, GatewayPayment payment, boolean saveCard) {
        if (payment.state().isPaid()) {
            return payments.complete(session, payment, saveCard, clock.instant()).thenReturn(Outcome.PAID);
        }
        if (payment.state().isRefused()) {
            return payments.release(session.id(), true).thenReturn(Outcome.REFUSED);
        }
        if (payment.buyerActionHtml() != null) {
            return payments.awaitBuyer(session.id(), payment.id(), saveCard).thenReturn(Outcome.AWAITING_BUYER);
        }
        return payments.awaitBuyer(session.id(), payment.id(), saveCard).thenReturn(Outcome.IN_PROGRESS);
    }
}
