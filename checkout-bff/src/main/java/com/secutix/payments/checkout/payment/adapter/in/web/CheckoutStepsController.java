package com.secutix.payments.checkout.payment.adapter.in.web;

import static com.secutix.payments.checkout.payment.adapter.in.web.CheckoutPageRequests.parse;
import static com.secutix.payments.checkout.payment.adapter.in.web.CheckoutPageRequests.redirect;
import static com.secutix.payments.checkout.payment.adapter.in.web.CheckoutPageRequests.view;

import com.secutix.payments.checkout.payment.application.CardVault;
import com.secutix.payments.checkout.payment.application.CheckoutPayments;
import com.secutix.payments.checkout.payment.application.EnterCard;
import com.secutix.payments.checkout.payment.application.PayCheckout;
import com.secutix.payments.checkout.payment.application.PaymentLimitedException;
import com.secutix.payments.checkout.payment.application.PaymentProgress;
import com.secutix.payments.checkout.payment.domain.CardEntryForm;
import com.secutix.payments.checkout.payment.domain.EnteredCard;
import com.secutix.payments.checkout.payment.domain.SavedCard;
import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutState;
import com.secutix.payments.checkout.signin.PageController;
import com.secutix.payments.checkout.signin.SignedInBuyer;
import com.secutix.payments.checkout.signin.SignedInBuyers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The checkout's three steps: Summary ({@code /checkout/{id}}), Payment ({@code /payment}: the saved cards of
 * the signed-in customer, the card entered, a new card's form posted to the PSP, Pay and Cancel) and
 * Confirmation; a session that is no longer open says why (paid, cancelled, expired).
 */
@PageController
@RequestMapping("/checkout/{sessionId}")
class CheckoutStepsController {

    /** The card fields typed on the page, by their Alias Gateway names. */
    static final List<String> CARD_FIELDS = List.of("CN", "CARDNO", "ED", "CVC");
    private static final List<String> KNOWN_ERRORS = List.of("card-refused", "declined", "too-many-attempts", "limited", "busy",
            "choose-card", "enter-card-again");

    private final CheckoutPageRequests pages;
    private final CheckoutPayments payments;
    private final EnterCard enterCard;
    private final PayCheckout payCheckout;
    private final CardVault vault;
    private final SignedInBuyers buyers;
    private final BuyerBrowsers browsers;

    CheckoutStepsController(CheckoutPageRequests pages, CheckoutPayments payments, EnterCard enterCard, PayCheckout payCheckout,
                            CardVault vault, SignedInBuyers buyers, BuyerBrowsers browsers) {
        this.pages = pages;
        this.payments = payments;
        this.enterCard = enterCard;
        this.payCheckout = payCheckout;
        this.vault = vault;
        this.buyers = buyers;
        this.browsers = browsers;
    }

    /** Step 1, the confirmation once paid, or the page that says how the session ended. */
    @GetMapping
    Mono<Rendering> summary(@PathVariable String sessionId, ServerWebExchange exchange) {
        return pages.page(sessionId, exchange, (session, model) -> switch (session.stateAt(pages.clock().instant())) {
            case OPEN -> Mono.just(view("checkout/summary", model).build());
            case PAYING, AWAITING_BUYER -> payCheckout.settle(session, Map.of()).map(outcome -> switch (outcome) {
                case PAID -> redirect(session, "");
                case REFUSED -> redirect(session, "/payment?error=declined");
                default -> view("checkout/in-progress", model).build();
            });
            case COMPLETED -> payments.progress(session.id())
                    .map(progress -> view("checkout/confirmation", model).modelAttribute("paidCard", progress.paidCard()).build());
            case CANCELLED, EXPIRED -> Mono.just(view("checkout/closed", model).status(HttpStatus.GONE).build());
        });
    }

    /** Step 2; once the session's declines reached the limit, only the message and Cancel. */
    @GetMapping("/payment")
    Mono<Rendering> payment(@PathVariable String sessionId, ServerWebExchange exchange) {
        return pages.page(sessionId, exchange, (session, model) -> {
            if (session.stateAt(pages.clock().instant()) != CheckoutState.OPEN) {
                return Mono.just(redirect(session, ""));
            }
            String error = exchange.getRequest().getQueryParams().getFirst("error");
            return payments.progress(session.id()).flatMap(progress -> progress.failedAttempts() >= payCheckout.maxFailedAttempts()
                    ? Mono.just(view("checkout/payment", model).modelAttribute("exhausted", true)
                            .modelAttribute("fieldErrors", List.of())
                            .modelAttribute("error", "too-many-attempts").build())
                    : paymentStep(session, model, error, exchange));
        });
    }

    /** Signing in (the page chain sends a guest to the identity provider first), then back to the payment step. */
    @GetMapping("/sign-in")
    Mono<Rendering> signIn(@PathVariable String sessionId) {
        return Mono.just(parse(sessionId).map(id -> Rendering.redirectTo("/checkout/" + id.value() + "/payment").build())
                .orElseGet(CheckoutPageRequests::unknown));
    }

    private Mono<Rendering> paymentStep(CheckoutSession session, Map<String, Object> model, String error,
                                        ServerWebExchange exchange) {
        Mono<Optional<SignedInBuyer>> buyer = buyers.of(exchange).map(Optional::of).defaultIfEmpty(Optional.empty());
        Mono<Optional<EnteredCard>> entered = payments.enteredCard(session.id())
                .map(Optional::of).defaultIfEmpty(Optional.empty());
        Mono<Optional<CardEntryForm>> form = enterCard
                .form(session, browsers.addressOf(exchange)).map(Optional::of)
                .onErrorResume(PaymentLimitedException.class, limited -> Mono.just(Optional.empty()));
        return Mono.zip(buyer, payments.progress(session.id()), entered, form).flatMap(found -> {
            Optional<SignedInBuyer> signedIn = found.getT1();
            PaymentProgress progress = found.getT2();
            boolean isCustomer = signedIn.filter(b -> b.isCustomer(session.tenantId(), session.order().customerId())).isPresent();
            Mono<List<SavedCard>> saved = isCustomer ? vault.savedCards(signedIn.get()).collectList() : Mono.just(List.of());
            Mono<Boolean> savingEnabled = isCustomer ? vault.savingEnabled(session.tenantId()) : Mono.just(false);
            return Mono.zip(saved, savingEnabled).map(cards -> view("checkout/payment", model)
                    .modelAttribute("signedIn", signedIn.isPresent())
                    .modelAttribute("isCustomer", isCustomer)
                    .modelAttribute("savedCards", cards.getT1())
                    .modelAttribute("savingEnabled", cards.getT2())
                    .modelAttribute("enteredCard", found.getT3().map(card -> card.card()).orElse(null))
                    .modelAttribute("cardForm", found.getT4().orElse(null))
                    .modelAttribute("attemptsLeft", Math.max(0, payCheckout.maxFailedAttempts() - progress.failedAttempts()))
                    .modelAttribute("error", found.getT4().isPresent() ? knownError(error) : "limited")
                    .modelAttribute("fieldErrors", fieldErrors(exchange))
                    .modelAttribute("exhausted", false)
                    .build());
        });
    }

    /** The card fields the PSP named in error, as the address carries them back; unknown names are ignored. */
    private static List<String> fieldErrors(ServerWebExchange exchange) {
        List<String> named = exchange.getRequest().getQueryParams().getOrDefault("field", List.of());
        return CARD_FIELDS.stream().filter(named::contains).toList();
    }

    /** Only the messages the page knows; anything else in the address is ignored. */
    private static String knownError(String error) {
        return error != null && KNOWN_ERRORS.contains(error) ? error : null;
    }
}
