package com.secutix.payments.checkout.payment.adapter.in.web;

import com.secutix.payments.checkout.payment.application.CancelCheckout;
import com.secutix.payments.checkout.payment.application.CardEntryRefusedException;
import com.secutix.payments.checkout.payment.application.CardVault;
import com.secutix.payments.checkout.payment.application.CheckoutPayments;
import com.secutix.payments.checkout.payment.application.EnterCard;
import com.secutix.payments.checkout.payment.application.Gateway;
import com.secutix.payments.checkout.payment.application.PayCheckout;
import com.secutix.payments.checkout.payment.application.PaymentLimitedException;
import com.secutix.payments.checkout.payment.application.PaymentProgress;
import com.secutix.payments.checkout.payment.domain.BankPage;
import com.secutix.payments.checkout.payment.domain.BuyerBrowser;
import com.secutix.payments.checkout.payment.domain.PaymentChoice;
import com.secutix.payments.checkout.payment.domain.SavedCard;
import com.secutix.payments.checkout.session.application.CheckoutSessions;
import com.secutix.payments.checkout.session.domain.CheckoutSession;
import com.secutix.payments.checkout.session.domain.CheckoutSessionId;
import com.secutix.payments.checkout.session.domain.CheckoutState;
import com.secutix.payments.checkout.signin.PageSecurityHeaders;
import com.secutix.payments.checkout.signin.SignedInBuyer;
import com.secutix.payments.checkout.signin.SignedInBuyers;
import com.secutix.payments.platform.web.attempts.TooManyAttemptsException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The checkout page in three steps: Summary ({@code /checkout/{id}}), Payment ({@code /payment}: saved cards of
 * the signed-in customer, a new card through the PSP's Alias Gateway, Pay, Cancel) and Confirmation. Every
 * page of a session that is no longer open says why (paid, cancelled, expired). State-changing requests are
 * our own forms (CSRF-protected) and answer with a redirect, so a reload never posts again.
 */
@Controller
@RequestMapping("/checkout/{sessionId}")
class CheckoutPageController {

    private final CheckoutSessions sessions;
    private final CheckoutPayments payments;
    private final EnterCard enterCard;
    private final PayCheckout payCheckout;
    private final CancelCheckout cancelCheckout;
    private final CardVault vault;
    private final Gateway gateway;
    private final SignedInBuyers buyers;
    private final BuyerAddresses buyerAddresses;
    private final CheckoutAttempts attempts;
    private final Clock clock;
    private final ZoneId timeZone;

    CheckoutPageController(CheckoutSessions sessions, CheckoutPayments payments, EnterCard enterCard, PayCheckout payCheckout,
                           CancelCheckout cancelCheckout, CardVault vault, Gateway gateway, SignedInBuyers buyers,
                           BuyerAddresses buyerAddresses, CheckoutAttempts attempts, Clock clock, ZoneId checkoutTimeZone) {
        this.sessions = sessions;
        this.payments = payments;
        this.enterCard = enterCard;
        this.payCheckout = payCheckout;
        this.cancelCheckout = cancelCheckout;
        this.vault = vault;
        this.gateway = gateway;
        this.buyers = buyers;
        this.buyerAddresses = buyerAddresses;
        this.attempts = attempts;
        this.clock = clock;
        this.timeZone = checkoutTimeZone;
    }

    @ModelAttribute("csrf")
    Mono<CsrfToken> csrf(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token;
    }

    /** Step 1, or the page that says how the session ended. */
    @GetMapping
    Mono<Rendering> summary(@PathVariable String sessionId, ServerWebExchange exchange) {
        return page(sessionId, exchange, (session, model) -> switch (session.stateAt(clock.instant())) {
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

    /** Step 2: the saved cards of the signed-in customer, the card entered, a new card form, Pay and Cancel. */
    @GetMapping("/payment")
    Mono<Rendering> payment(@PathVariable String sessionId, ServerWebExchange exchange) {
        return page(sessionId, exchange, (session, model) -> {
            if (session.stateAt(clock.instant()) != CheckoutState.OPEN) {
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

    private Mono<Rendering> paymentStep(CheckoutSession session, Map<String, Object> model, String error,
                                        ServerWebExchange exchange) {
        Mono<Optional<SignedInBuyer>> buyer = buyers.of(exchange).map(Optional::of).defaultIfEmpty(Optional.empty());
        return Mono.zip(buyer, payments.progress(session.id()), payments.enteredCard(session.id())
                        .map(Optional::of).defaultIfEmpty(Optional.empty()), enterCard.form(session, buyerAddresses.of(exchange.getRequest())).map(Optional::of)
                        .onErrorResume(PaymentLimitedException.class, limited -> Mono.just(Optional.empty())))
                .flatMap(found -> {
                    Optional<SignedInBuyer> signedIn = found.getT1();
                    PaymentProgress progress = found.getT2();
                    boolean isCustomer = signedIn.filter(b -> b.isCustomer(session.tenantId(),
                            session.order().customerId())).isPresent();
                    Mono<List<SavedCard>> saved = isCustomer ? vault.savedCards(signedIn.get()).collectList()
                            : Mono.just(List.of());
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

    /** Signing in (the page chain sends a guest to the identity provider first), then back to the payment step. */
    @GetMapping("/sign-in")
    Mono<Rendering> signIn(@PathVariable String sessionId) {
        return Mono.just(parse(sessionId).map(id -> Rendering.redirectTo("/checkout/" + id.value() + "/payment").build())
                .orElseGet(() -> Rendering.view("checkout/unknown").status(HttpStatus.NOT_FOUND).build()));
    }

    /** Where the PSP sends the buyer back with the card stored: kept for this session only, then back to Payment. */
    @GetMapping("/card-entry/accepted")
    Mono<Rendering> cardAccepted(@PathVariable String sessionId, ServerWebExchange exchange) {
        String address = buyerAddresses.of(exchange.getRequest());
        Map<String, String> redirectParameters = exchange.getRequest().getQueryParams().toSingleValueMap();
        return page(sessionId, exchange, (session, model) -> attempts.count(session.tenantId(), address)
                .then(enterCard.securityCodeEntryOf(redirectParameters).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .flatMap(savedCard -> savedCard.isEmpty()
                        ? enterCard.accept(session, redirectParameters, address).map(card -> redirect(session, "/payment"))
                        : payWithSecurityCode(session, redirectParameters, address, exchange))
                .onErrorResume(CardEntryRefusedException.class, refused -> Mono.just(redirect(session, "/payment?error=card-refused")))
                .onErrorResume(TooManyAttemptsException.class, limited -> Mono.just(redirect(session, "/payment?error=limited")))
                .onErrorResume(PaymentLimitedException.class, limited -> Mono.just(redirect(session, "/payment?error=limited"))));
    }

    /** The security code of a saved card taken: the payment the buyer asked for goes on with that card. */
    private Mono<Rendering> payWithSecurityCode(CheckoutSession session, Map<String, String> redirectParameters, String address,
                                                ServerWebExchange exchange) {
        BuyerBrowser browser = browserOf(exchange, new LinkedMultiValueMap<>());
        return enterCard.acceptSecurityCode(session, redirectParameters, address)
                .flatMap(cardId -> buyers.of(exchange).map(Optional::of).defaultIfEmpty(Optional.empty())
                        .flatMap(buyer -> {
                            PaymentChoice choice = new PaymentChoice.SavedCardChoice(cardId);
                            return payCheckout.pay(session, buyer, choice, browser).map(outcome -> after(session,
                                    outcome == PayCheckout.Outcome.SECURITY_CODE_NEEDED ? PayCheckout.Outcome.REFUSED : outcome,
                                    choice));
                        }));
    }

    /**
     * Where the PSP sends the buyer back when it refused the card: the fields it named ({@code NCERRORCARDNO},
     * {@code NCERRORED}, {@code NCERRORCVC}, {@code NCERRORCN} other than 0) are shown in error next to their
     * inputs. Display only: nothing is decided from this unsigned echo.
     */
    @GetMapping("/card-entry/refused")
    Mono<Rendering> cardRefused(@PathVariable String sessionId, ServerWebExchange exchange) {
        MultiValueMap<String, String> feedback = exchange.getRequest().getQueryParams();
        String fields = CARD_FIELDS.stream()
                .filter(field -> namedInError(feedback.getFirst("NCERROR" + field)))
                .map(field -> "&field=" + field)
                .reduce("", String::concat);
        return page(sessionId, exchange, (session, model) -> Mono.just(redirect(session, "/payment?error=card-refused" + fields)));
    }

    @PostMapping("/pay")
    Mono<Rendering> pay(@PathVariable String sessionId, ServerWebExchange exchange) {
        return page(sessionId, exchange, (session, model) -> exchange.getFormData().flatMap(form -> {
            Optional<PaymentChoice> choice = choiceOf(form);
            if (choice.isEmpty()) {
                return Mono.just(redirect(session, "/payment?error=choose-card"));
            }
            BuyerBrowser browser = browserOf(exchange, form);
            return attempts.count(session.tenantId(), browser.address())
                    .then(buyers.of(exchange).map(Optional::of).defaultIfEmpty(Optional.empty()))
                    .flatMap(buyer -> payCheckout.pay(session, buyer, choice.get(), browser))
                    .onErrorResume(TooManyAttemptsException.class, limited -> Mono.just(PayCheckout.Outcome.LIMITED))
                    .map(outcome -> after(session, outcome, choice.get()));
        }));
    }

    /** Where the page goes after Pay, by how paying went. */
    private static Rendering after(CheckoutSession session, PayCheckout.Outcome outcome, PaymentChoice choice) {
        return switch (outcome) {
            case PAID, NOT_PAYABLE, IN_PROGRESS -> redirect(session, "");
            case AWAITING_BUYER -> redirect(session, "/authentication");
            case REFUSED -> redirect(session, "/payment?error=declined");
            case TOO_MANY_ATTEMPTS -> redirect(session, "/payment?error=too-many-attempts");
            case LIMITED -> redirect(session, "/payment?error=limited");
            case SECURITY_CODE_NEEDED -> choice instanceof PaymentChoice.SavedCardChoice saved
                    ? redirect(session, "/security-code?card=" + saved.cardId())
                    : redirect(session, "/payment?error=declined");
            case NO_CARD -> redirect(session, "/payment?error=choose-card");
        };
    }

    /**
     * The tenant's policy asks for a saved card's security code: a form with that one field, posted to the PSP
     * like a new card's, for the session's customer signed in and one of their cards only.
     */
    @GetMapping("/security-code")
    Mono<Rendering> securityCode(@PathVariable String sessionId, ServerWebExchange exchange) {
        String cardId = exchange.getRequest().getQueryParams().getFirst("card");
        return page(sessionId, exchange, (session, model) -> {
            if (session.stateAt(clock.instant()) != CheckoutState.OPEN || cardId == null) {
                return Mono.just(redirect(session, "/payment"));
            }
            return buyers.of(exchange)
                    .filter(buyer -> buyer.isCustomer(session.tenantId(), session.order().customerId()))
                    .flatMap(buyer -> vault.savedCards(buyer)
                            .filter(card -> card.id().equals(cardId) && !card.expired())
                            .next())
                    .flatMap(card -> enterCard.securityCodeForm(session, card.id(), buyerAddresses.of(exchange.getRequest()))
                            .map(form -> view("checkout/security-code", model)
                                    .modelAttribute("savedCard", card)
                                    .modelAttribute("cardForm", form)
                                    .build()))
                    .onErrorResume(PaymentLimitedException.class, limited -> Mono.just(redirect(session, "/payment?error=limited")))
                    .switchIfEmpty(Mono.fromSupplier(() -> redirect(session, "/payment?error=choose-card")));
        });
    }

    /** 3-D Secure: the bank's page the PSP gave for this payment, shown as is (its own script posts the buyer on). */
    @GetMapping("/authentication")
    Mono<Rendering> authentication(@PathVariable String sessionId, ServerWebExchange exchange) {
        return page(sessionId, exchange, (session, model) -> session.stateAt(clock.instant()) != CheckoutState.AWAITING_BUYER
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

    /** Where the bank (through the PSP) sends the buyer back: the gateway settles the payment, the page follows. */
    @RequestMapping("/authentication/return")
    Mono<Rendering> authenticationReturn(@PathVariable String sessionId, ServerWebExchange exchange) {
        return page(sessionId, exchange, (session, model) -> payCheckout
                .settle(session, exchange.getRequest().getQueryParams().toSingleValueMap()).map(outcome ->
                outcome == PayCheckout.Outcome.REFUSED ? redirect(session, "/payment?error=declined") : redirect(session, "")));
    }

    @PostMapping("/cancel")
    Mono<Rendering> cancel(@PathVariable String sessionId, ServerWebExchange exchange) {
        return page(sessionId, exchange, (session, model) -> cancelCheckout.cancel(session).map(cancelled -> redirect(session, "")));
    }

    /**
     * What 3-D Secure 2 is told of a browser whose screen the page could not read (JavaScript off): the commonest
     * desktop values, so that the bank can still show its page; a wrong guess only affects that page's layout.
     */
    private static final int WITHOUT_SCRIPT_COLOR_DEPTH = 24;
    /** The colour depths 3-D Secure 2 knows. */
    private static final List<Integer> COLOR_DEPTHS = List.of(1, 4, 8, 15, 16, 24, 30, 32, 48);
    private static final int WITHOUT_SCRIPT_SCREEN_HEIGHT = 1080;
    private static final int WITHOUT_SCRIPT_SCREEN_WIDTH = 1920;

    interface PageAction {
        Mono<Rendering> render(CheckoutSession session, Map<String, Object> model);
    }

    /** Finds the session of the address (a 404 page for an id that names none) and the page's language and formats. */
    private Mono<Rendering> page(String sessionId, ServerWebExchange exchange, PageAction action) {
        Optional<CheckoutSessionId> id = parse(sessionId);
        if (id.isEmpty()) {
            return Mono.just(Rendering.view("checkout/unknown").status(HttpStatus.NOT_FOUND).build());
        }
        return sessions.findById(id.get())
                .flatMap(session -> {
                    Locale locale = PageLocale.of(exchange);
                    Map<String, Object> model = new LinkedHashMap<>();
                    model.put("checkout", session);
                    model.put("state", session.stateAt(clock.instant()).name());
                    model.put("fmt", new PageFormats(locale, timeZone));
                    model.put("lang", locale.getLanguage());
                    model.put("otherLang", locale.getLanguage().equals("fr") ? "en" : "fr");
                    model.put("base", "/checkout/" + session.id());
                    exchange.getResponse().getHeaders().setCacheControl("no-store");
                    return action.render(session, model);
                })
                .switchIfEmpty(Mono.fromSupplier(() -> Rendering.view("checkout/unknown").status(HttpStatus.NOT_FOUND).build()));
    }

    private static Rendering.Builder<?> view(String name, Map<String, Object> model) {
        return Rendering.view(name).model(model);
    }

    private static Rendering redirect(CheckoutSession session, String path) {
        return Rendering.redirectTo("/checkout/" + session.id() + path).build();
    }

    private static Optional<CheckoutSessionId> parse(String sessionId) {
        try {
            return Optional.of(new CheckoutSessionId(UUID.fromString(sessionId)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** The card fields typed on the page, by their Alias Gateway names. */
    private static final List<String> CARD_FIELDS = List.of("CN", "CARDNO", "ED", "CVC");

    /** An Ogone field error code: {@code 0} or absent when the field was fine. */
    private static boolean namedInError(String code) {
        return code != null && !code.isBlank() && !code.equals("0");
    }

    /** The card fields the PSP named in error, as the address carries them back; unknown names are ignored. */
    private static List<String> fieldErrors(ServerWebExchange exchange) {
        List<String> named = exchange.getRequest().getQueryParams().getOrDefault("field", List.of());
        return CARD_FIELDS.stream().filter(named::contains).toList();
    }

    /** Only the messages the page knows; anything else in the address is ignored. */
    private static String knownError(String error) {
        return error != null && List.of("card-refused", "declined", "too-many-attempts", "limited", "choose-card").contains(error) ? error : null;
    }

    private static Optional<PaymentChoice> choiceOf(MultiValueMap<String, String> form) {
        List<String> cards = form.getOrDefault("card", List.of());
        if (cards.size() != 1 || cards.get(0).isBlank()) {
            return Optional.empty();
        }
        String card = cards.get(0);
        if (card.equals("entered")) {
            return Optional.of(new PaymentChoice.EnteredCardChoice("on".equals(form.getFirst("save"))));
        }
        return parse(card).map(id -> new PaymentChoice.SavedCardChoice(id.value().toString()));
    }

    private BuyerBrowser browserOf(ServerWebExchange exchange, MultiValueMap<String, String> form) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        Locale language = Optional.ofNullable(headers.getAcceptLanguageAsLocales()).filter(l -> !l.isEmpty())
                .map(l -> l.get(0)).orElse(Locale.ENGLISH);
        return new BuyerBrowser(buyerAddresses.of(exchange.getRequest()),
                Optional.ofNullable(headers.getFirst(HttpHeaders.ACCEPT)).orElse("text/html"),
                Optional.ofNullable(headers.getFirst(HttpHeaders.USER_AGENT)).orElse("unknown"), language.toLanguageTag(),
                number(form, "colorDepth", 1, 48).filter(COLOR_DEPTHS::contains).orElse(WITHOUT_SCRIPT_COLOR_DEPTH),
                number(form, "screenHeight", 1, 20000).orElse(WITHOUT_SCRIPT_SCREEN_HEIGHT),
                number(form, "screenWidth", 1, 20000).orElse(WITHOUT_SCRIPT_SCREEN_WIDTH),
                number(form, "timeZoneOffset", -840, 840).orElse(0));
    }

    private static Optional<Integer> number(MultiValueMap<String, String> form, String field, int min, int max) {
        try {
            int value = Integer.parseInt(form.getFirst(field));
            return value < min || value > max ? Optional.empty() : Optional.of(value);
        } catch (NumberFormatException | NullPointerException absent) {
            return Optional.empty();
        }
    }
}
