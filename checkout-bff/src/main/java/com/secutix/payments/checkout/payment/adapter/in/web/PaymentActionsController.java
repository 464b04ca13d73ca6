package com.secutix.payments.checkout.payment.adapter.in.web;

import static com.secutix.payments.checkout.payment.adapter.in.web.CheckoutPageRequests.after;
import static com.secutix.payments.checkout.payment.adapter.in.web.CheckoutPageRequests.parse;
import static com.secutix.payments.checkout.payment.adapter.in.web.CheckoutPageRequests.redirect;
import static com.secutix.payments.checkout.payment.adapter.in.web.CheckoutPageRequests.view;

import com.secutix.payments.checkout.payment.application.CancelCheckout;
import com.secutix.payments.checkout.payment.application.CheckoutPayments;
import com.secutix.payments.checkout.payment.application.Gateway;
import com.secutix.payments.checkout.payment.application.PayCheckout;
import com.secutix.payments.checkout.payment.domain.BankPage;
import com.secutix.payments.checkout.payment.domain.BuyerBrowser;
import com.secutix.payments.checkout.payment.domain.PaymentChoice;
import com.secutix.payments.checkout.session.domain.CheckoutState;
import com.secutix.payments.checkout.signin.PageController;
import com.secutix.payments.checkout.signin.PageSecurityHeaders;
import com.secutix.payments.checkout.signin.SignedInBuyers;
import com.secutix.payments.platform.web.attempts.TooManyAttemptsException;
import java.util.List;
import java.util.Optional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What the buyer does on the Payment step: Pay (our form, CSRF-protected, answered with a redirect so that a
 * reload never posts again), 3-D Secure and the way back from the bank, and Cancel.
 */
@PageController
@RequestMapping("/checkout/{sessionId}")
class PaymentActionsController {

    private final CheckoutPageRequests pages;
    private final CheckoutPayments payments;
    private final PayCheckout payCheckout;
    private final CancelCheckout cancelCheckout;
    private final Gateway gateway;
    private final SignedInBuyers buyers;
    private final BuyerBrowsers browsers;
    private final CheckoutAttempts attempts;

    PaymentActionsController(CheckoutPageRequests pages, CheckoutPayments payments, PayCheckout payCheckout,
                             CancelCheckout cancelCheckout, Gateway gateway, SignedInBuyers buyers, BuyerBrowsers browsers,
                             CheckoutAttempts attempts) {
        this.pages = pages;
        this.payments = payments;
        this.payCheckout = payCheckout;
        this.cancelCheckout = cancelCheckout;
        this.gateway = gateway;
        this.buyers = buyers;
        this.browsers = browsers;
        this.attempts = attempts;
    }

    @PostMapping("/pay")
    Mono<Rendering> pay(@PathVariable String sessionId, ServerWebExchange exchange) {
        return pages.page(sessionId, exchange, (session, model) -> exchange.getFormData().flatMap(form -> {
            Optional<PaymentChoice> choice = choiceOf(form);
            if (choice.isEmpty()) {
                return Mono.just(redirect(session, "/payment?error=choose-card"));
            }
            BuyerBrowser browser = browsers.of(exchange, form);
            return attempts.count(session.tenantId(), browser.address())
                    .then(buyers.of(exchange).map(Optional::of).defaultIfEmpty(Optional.empty()))
                    .flatMap(buyer -> payCheckout.pay(session, buyer, choice.get(), browser))
                    .onErrorResume(TooManyAttemptsException.class, limited -> Mono.just(PayCheckout.Outcome.LIMITED))
                    .map(outcome -> after(session, outcome, choice.get()));
        }));
    }

    /** 3-D Secure: the form of the bank's page the PSP gave for this payment, posted by our own script. */
    @GetMapping("/authentication")
    Mono<Rendering> authentication(@PathVariable String sessionId, ServerWebExchange exchange) {
        return pages.page(sessionId, exchange, (session, model) -> session.stateAt(pages.clock().instant()) != CheckoutState.AWAITING_BUYER
                ? Mono.just(redirect(session, ""))
                : payments.progress(session.id())
                        .flatMap(progress -> gateway.payment(session.tenantId(), progress.paymentId()))
                        .map(payment -> Optional.ofNullable(payment.buyerActionHtml()).flatMap(BankPage::of)
                                .map(bank -> {
                                    exchange.getAttributes().put(PageSecurityHeaders.EXTRA_FORM_ACTION, bank.origin());
                                    return view("checkout/authentication", model).modelAttribute("bank", bank).build();
                                })
                                .orElseGet(() -> redirect(session, ""))));
    }

    /** Where the bank (through the PSP) sends the buyer back: the gateway asks the PSP, the page follows. */
    @RequestMapping("/authentication/return")
    Mono<Rendering> authenticationReturn(@PathVariable String sessionId, ServerWebExchange exchange) {
        return pages.page(sessionId, exchange, (session, model) -> payCheckout
                .settle(session, exchange.getRequest().getQueryParams().toSingleValueMap())
                .map(outcome -> outcome == PayCheckout.Outcome.REFUSED
                        ? redirect(session, "/payment?error=declined") : redirect(session, "")));
    }

    @PostMapping("/cancel")
    Mono<Rendering> cancel(@PathVariable String sessionId, ServerWebExchange exchange) {
        return pages.page(sessionId, exchange, (session, model) -> cancelCheckout.cancel(session).map(cancelled -> redirect(session, "")));
    }

    /**
     * {@code card=entered} (with {@code save=on}) or a saved card's id; anything else, or a field given twice (which
     * of two answers was meant is not ours to guess), is no choice.
     */
    static Optional<PaymentChoice> choiceOf(MultiValueMap<String, String> form) {
        List<String> cards = form.getOrDefault("card", List.of());
        if (cards.size() != 1 || cards.get(0).isBlank() || form.getOrDefault("save", List.of()).size() > 1) {
            return Optional.empty();
        }
        String card = cards.get(0);
        if (card.equals("entered")) {
            return Optional.of(new PaymentChoice.EnteredCardChoice("on".equals(form.getFirst("save"))));
        }
        return parse(card).map(id -> new PaymentChoice.SavedCardChoice(id.value().toString()));
    }
}
