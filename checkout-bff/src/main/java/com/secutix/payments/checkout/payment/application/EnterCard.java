package com.secutix.payments.checkout.payment.application;

import com.secutix.payments.checkout.payment.domain.CardEntryForm;
import com.secutix.payments.checkout.payment.domain.EnteredCard;
import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutState;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * A new card for a checkout, entered through the PSP's Alias Gateway: the page shows a form the gateway
 * signed for the session's customer, the browser posts it with the card fields straight to the PSP, and the
 * PSP's redirect comes back here. A redirect is accepted only into the session whose form it answers, so a
 * card-entry result replayed into another session (another buyer's order) is refused.
 */
public class EnterCard {

    /** Where the PSP sends the buyer back: the page addresses of a session, for the card stored or refused. */
    public record ReturnPages(URI accepted, URI refused) {
    }

    private final Gateway gateway;
    private final CheckoutPayments payments;
    private final Function<CheckoutSession, ReturnPages> returnPages;
    private final Clock clock;

    public EnterCard(Gateway gateway, CheckoutPayments payments, Function<CheckoutSession, ReturnPages> returnPages, Clock clock) {
        this.gateway = gateway;
        this.payments = payments;
        this.returnPages = returnPages;
        this.clock = clock;
    }

    /** A form for the session's customer, remembered as this session's. */
    public Mono<CardEntryForm> form(CheckoutSession session, String buyerAddress) {
        ReturnPages pages = returnPages.apply(session);
        return gateway.cardEntryForm(session.tenantId(), session.order().customerId(), session.order().orderId(),
                        pages.accepted(), pages.refused(), buyerAddress)
                .flatMap(form -> payments.recordCardEntry(session.id(), form.pspOrderId(), clock.instant()).thenReturn(form));
    }

    /** A form that takes the security code of the customer's saved card again, remembered as this session's. */
    public Mono<CardEntryForm> securityCodeForm(CheckoutSession session, String savedCardId, String buyerAddress) {
        ReturnPages pages = returnPages.apply(session);
        return gateway.securityCodeForm(session.tenantId(), session.order().customerId(), session.order().orderId(),
                        savedCardId, pages.accepted(), pages.refused(), buyerAddress)
                .flatMap(form -> payments.recordSecurityCodeEntry(session.id(), form.pspOrderId(), savedCardId, clock.instant())
                        .thenReturn(form));
    }

    /** The saved card whose security code the PSP's redirect brings back; empty when it brings a new card. */
    public Mono<String> securityCodeEntryOf(Map<String, String> redirectParameters) {
        String pspOrderId = redirectParameters.get("ORDERID");
        return pspOrderId == null ? Mono.empty() : payments.savedCardOfEntry(pspOrderId);
    }

    /**
     * The security code of the PSP's redirect taken for the saved card: emits the card's id, ready to pay.
     *
     * @throws CardEntryRefusedException as {@link #accept}
     */
    public Mono<String> acceptSecurityCode(CheckoutSession session, Map<String, String> redirectParameters, String buyerAddress) {
        return ours(session, redirectParameters)
                .then(payments.savedCardOfEntry(redirectParameters.get("ORDERID")))
                .flatMap(cardId -> gateway.securityCodeResult(session.tenantId(), redirectParameters, buyerAddress)
                        .thenReturn(cardId));
    }

    /**
     * The card of the PSP's redirect, kept for the session.
     *
     * @throws CardEntryRefusedException when the redirect answers no form of this session, or the gateway refuses it
     */
    public Mono<EnteredCard> accept(CheckoutSession session, Map<String, String> redirectParameters, String buyerAddress) {
        return ours(session, redirectParameters)
                .then(gateway.cardEntryResult(session.tenantId(), redirectParameters, buyerAddress))
                .flatMap(card -> payments.keepEnteredCard(session.id(), card, clock.instant()).thenReturn(card));
    }

    /** Completes when the redirect answers a form of this open session; errors otherwise, before the gateway is asked. */
    private Mono<Void> ours(CheckoutSession session, Map<String, String> redirectParameters) {
        if (session.stateAt(clock.instant()) != CheckoutState.OPEN) {
            return Mono.error(new CardEntryRefusedException("This checkout is no longer open for payment."));
        }
        String pspOrderId = redirectParameters.get("ORDERID");
        if (pspOrderId == null) {
            return Mono.error(new CardEntryRefusedException("The card entry came back without its form."));
        }
        return payments.sessionOfCardEntry(pspOrderId)
                .filter(session.id()::equals)
                .switchIfEmpty(Mono.error(() -> new CardEntryRefusedException("This card entry was not made for this checkout.")))
                .then();
    }
}
