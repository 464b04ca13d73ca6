package com.secutix.payments.checkout.payment.adapter.in.web;

import static com.secutix.payments.checkout.payment.adapter.in.web.CheckoutPageRequests.after;
import static com.secutix.payments.checkout.payment.adapter.in.web.CheckoutPageRequests.redirect;
import static com.secutix.payments.checkout.payment.adapter.in.web.CheckoutPageRequests.view;

import com.secutix.payments.checkout.payment.application.CardEntryRefusedException;
import com.secutix.payments.checkout.payment.application.CardVault;
import com.secutix.payments.checkout.payment.application.EnterCard;
import com.secutix.payments.checkout.payment.application.PayCheckout;
import com.secutix.payments.checkout.payment.application.PaymentLimitedException;
import com.secutix.payments.checkout.payment.domain.BuyerBrowser;
import com.secutix.payments.checkout.payment.domain.PaymentChoice;
import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutState;
import com.secutix.payments.checkout.signin.PageController;
import com.secutix.payments.checkout.signin.SignedInBuyers;
import com.secutix.payments.platform.web.attempts.TooManyAttemptsException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Card entry through the PSP's Alias Gateway: where the PSP sends the buyer back with a card stored or refused,
 * and the security-code step of a saved card when the tenant's policy asks for it. A redirect is accepted only
 * into the session whose form it answers; each one counts against the buyer address's card-testing limit.
 */
@PageController
@RequestMapping("/checkout/{sessionId}")
class CardEntryReturnsController {

    private final CheckoutPageRequests pages;
    private final EnterCard enterCard;
    private final PayCheckout payCheckout;
    private final CardVault vault;
    private final SignedInBuyers buyers;
    private final BuyerBrowsers browsers;
    private final CheckoutAttempts attempts;

    CardEntryReturnsController(CheckoutPageRequests pages, EnterCard enterCard, PayCheckout payCheckout, CardVault vault,
                               SignedInBuyers buyers, BuyerBrowsers browsers, CheckoutAttempts attempts) {
        this.pages = pages;
        this.enterCard = enterCard;
        this.payCheckout = payCheckout;
        this.vault = vault;
        this.buyers = buyers;
        this.browsers = browsers;
        this.attempts = attempts;
    }

    /**
     * The PSP stored the card: kept for this session, then back to Payment; or, for a saved card's security code,
     * the payment the buyer asked for goes on with that card.
     */
    @GetMapping("/card-entry/accepted")
    Mono<Rendering> cardAccepted(@PathVariable String sessionId, ServerWebExchange exchange) {
        String address = browsers.addressOf(exchange);
        Optional<Map<String, String>> parameters = PspRedirects.parametersOf(exchange.getRequest().getQueryParams());
        Map<String, String> redirectParameters = parameters.orElse(Map.of());
        return pages.page(sessionId, exchange, (session, model) -> attempts.count(session.tenantId(), address)
                .then(parameters.isEmpty()
                        ? Mono.<Optional<String>>error(new CardEntryRefusedException("A parameter of the PSP's redirect is given twice."))
                        : enterCard.securityCodeEntryOf(redirectParameters).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .flatMap(savedCard -> savedCard.isEmpty()
                        ? enterCard.accept(session, redirectParameters, address).map(card -> redirect(session, "/payment"))
                        : payWithSecurityCode(session, redirectParameters, exchange))
                .onErrorResume(CardEntryRefusedException.class, refused -> Mono.just(redirect(session, "/payment?error=card-refused")))
                .onErrorResume(TooManyAttemptsException.class, limited -> Mono.just(redirect(session, "/payment?error=limited")))
                .onErrorResume(PaymentLimitedException.class, limited -> Mono.just(redirect(session, "/payment?error=limited"))));
    }

    /**
     * The PSP refused the card: the fields it named ({@code NCERRORCARDNO}, {@code NCERRORED}, {@code NCERRORCVC},
     * {@code NCERRORCN} other than 0) are shown in error next to their inputs. Display only: nothing is decided
     * from this unsigned echo.
     */
    @GetMapping("/card-entry/refused")
    Mono<Rendering> cardRefused(@PathVariable String sessionId, ServerWebExchange exchange) {
        MultiValueMap<String, String> feedback = exchange.getRequest().getQueryParams();
        String fields = PspRedirects.fieldsInErrorAsQuery(feedback, CheckoutStepsController.CARD_FIELDS);
        return pages.page(sessionId, exchange, (session, model) -> Mono.just(redirect(session, "/payment?error=card-refused" + fields)));
    }

    /**
     * The tenant's policy asks for a saved card's security code: a form with that one field, posted to the PSP
     * like a new card's, for the session's customer signed in and one of their cards only.
     */
    @GetMapping("/security-code")
    Mono<Rendering> securityCode(@PathVariable String sessionId, ServerWebExchange exchange) {
        List<String> cards = exchange.getRequest().getQueryParams().getOrDefault("card", List.of());
        String cardId = cards.size() == 1 ? cards.get(0) : null;
        return pages.page(sessionId, exchange, (session, model) -> {
            if (session.stateAt(pages.clock().instant()) != CheckoutState.OPEN || cardId == null) {
                return Mono.just(redirect(session, "/payment"));
            }
            return buyers.of(exchange)
                    .filter(buyer -> buyer.isCustomer(session.tenantId(), session.order().customerId()))
                    .flatMap(buyer -> vault.savedCards(buyer).filter(card -> card.id().equals(cardId) && !card.expired()).next())
                    .flatMap(card -> enterCard.securityCodeForm(session, card.id(), browsers.addressOf(exchange))
                            .map(form -> view("checkout/security-code", model)
                                    .modelAttribute("savedCard", card)
                                    .modelAttribute("cardForm", form)
                                    .build()))
                    .onErrorResume(PaymentLimitedException.class, limited -> Mono.just(redirect(session, "/payment?error=limited")))
                    .switchIfEmpty(Mono.fromSupplier(() -> redirect(session, "/payment?error=choose-card")));
        });
    }

    private Mono<Rendering> payWithSecurityCode(CheckoutSession session, Map<String, String> redirectParameters,
                                                ServerWebExchange exchange) {
        BuyerBrowser browser = browsers.of(exchange, new LinkedMultiValueMap<>());
        return enterCard.acceptSecurityCode(session, redirectParameters, browser.address())
                .flatMap(cardId -> buyers.of(exchange).map(Optional::of).defaultIfEmpty(Optional.empty())
                        .flatMap(buyer -> {
                            PaymentChoice choice = new PaymentChoice.SavedCardChoice(cardId);
                            return payCheckout.pay(session, buyer, choice, browser).map(outcome -> after(session,
                                    outcome == PayCheckout.Outcome.SECURITY_CODE_NEEDED ? PayCheckout.Outcome.REFUSED : outcome,
                                    choice));
                        }));
    }

}
