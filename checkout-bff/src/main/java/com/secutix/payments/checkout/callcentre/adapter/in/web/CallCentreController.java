package com.secutix.payments.checkout.callcentre.adapter.in.web;

import com.secutix.payments.checkout.callcentre.application.NotAnOperatorException;
import com.secutix.payments.checkout.callcentre.application.ServeCustomersByPhone;
import com.secutix.payments.checkout.callcentre.application.ServeCustomersByPhone.PaymentOutcome;
import com.secutix.payments.checkout.callcentre.application.ServeCustomersByPhone.PhonePayment;
import com.secutix.payments.checkout.callcentre.domain.CustomerId;
import com.secutix.payments.checkout.callcentre.domain.PhoneOrder;
import com.secutix.payments.checkout.callcentre.domain.PhoneOrder.InvalidPhoneOrderException;
import com.secutix.payments.checkout.payment.adapter.in.web.PageFormats;
import com.secutix.payments.checkout.payment.adapter.in.web.PspRedirects;
import com.secutix.payments.checkout.session.CheckoutProperties;
import com.secutix.payments.checkout.signin.PageController;
import com.secutix.payments.checkout.signin.SignedInBuyer;
import com.secutix.payments.checkout.signin.SignedInBuyers;
import com.secutix.payments.platform.security.Role;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * The call centre's pages, for operators signed in: find a customer of the operator's tenant by id, see the
 * customer's saved cards, pay an order with one as a mail/phone order, and type the card's security code into the
 * PSP's form when the tenant's policy asks for it at the call centre. Anyone else gets a 403 page (and the refusal
 * is audited when it names a customer).
 */
@PageController
@RequestMapping("/call-centre")
class CallCentreController {

    /** The order waiting for its card's security code, in the operator's web session (no card data, no alias). */
    static final String PENDING_ORDER = "call-centre.pending-order";
    /** The PSP form this web session asked for: customer, card (or {@code new}) and the form's ORDERID. */
    static final String CODE_FORM = "call-centre.psp-form";
    /** The card fields typed into the PSP's form, by their Alias Gateway names. */
    private static final List<String> CARD_FIELDS = List.of("CN", "CARDNO", "ED", "CVC");

    private final ServeCustomersByPhone phone;
    private final SignedInBuyers people;
    private final ZoneId timeZone;

    CallCentreController(ServeCustomersByPhone phone, SignedInBuyers people, CheckoutProperties properties) {
        this.phone = phone;
        this.people = people;
        this.timeZone = properties.timeZone();
    }

    /** Finding a customer: by the id the sales system gave them. */
    @GetMapping
    Mono<Rendering> search(ServerWebExchange exchange) {
        String asked = exchange.getRequest().getQueryParams().getFirst("customer");
        return page(exchange, (operator, model) -> {
            if (!operator.caller().has(Role.OPERATOR)) {
                return Mono.error(new NotAnOperatorException());
            }
            if (asked == null) {
                return Mono.just(view("callcentre/search", model).build());
            }
            String customer = asked.strip();
            return Mono.just(CustomerId.isValid(customer)
                    ? Rendering.redirectTo("/call-centre/customers/" + customer).build()
                    : view("callcentre/search", model).modelAttribute("customerError", true)
                            .modelAttribute("customer", asked).status(HttpStatus.BAD_REQUEST).build());
        });
    }

    @GetMapping("/customers/{customerId}")
    Mono<Rendering> customer(@PathVariable String customerId, ServerWebExchange exchange) {
        String message = exchange.getRequest().getQueryParams().getFirst("outcome");
        return customerPage(customerId, exchange, (operator, customer, model) -> phone.cards(operator, customer)
                .map(cards -> customerView(model, cards, Map.of("currency", "EUR"), Map.of(), Map.of("currency", "EUR"), Map.of())
                        .modelAttribute("outcome", knownOutcome(message))
                        .build()));
    }

    @PostMapping("/customers/{customerId}/payments")
    Mono<Rendering> pay(@PathVariable String customerId, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> customerPage(customerId, exchange, (operator, customer, model) -> {
            PhoneOrder order;
            try {
                order = PhoneOrder.of(single(form, "orderReference"), single(form, "amount"), single(form, "currency"),
                        single(form, "card"), single(form, "key"));
            } catch (InvalidPhoneOrderException invalid) {
                return phone.cards(operator, customer).map(cards -> customerView(model, cards, form.toSingleValueMap(),
                        invalid.fieldErrors(), Map.of("currency", "EUR"), Map.of()).status(HttpStatus.BAD_REQUEST).build());
            }
            return phone.pay(operator, customer, order).flatMap(payment -> exchange.getSession()
                    .map(session -> after(session, customer, order, payment, model)));
        }));
    }

    /** A new card the customer reads out, for this order: the order is kept, then the PSP's form is shown. */
    @PostMapping("/customers/{customerId}/new-card")
    Mono<Rendering> newCard(@PathVariable String customerId, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> customerPage(customerId, exchange, (operator, customer, model) -> {
            PhoneOrder order;
            try {
                order = PhoneOrder.withNewCard(single(form, "orderReference"), single(form, "amount"), single(form, "currency"),
                        single(form, "key"), "on".equals(single(form, "save")));
            } catch (InvalidPhoneOrderException invalid) {
                return phone.cards(operator, customer).map(cards -> customerView(model, cards, Map.of("currency", "EUR"), Map.of(),
                        form.toSingleValueMap(), invalid.fieldErrors()).status(HttpStatus.BAD_REQUEST).build());
            }
            return exchange.getSession().map(session -> {
                session.getAttributes().put(PENDING_ORDER, pending(customer, order));
                return Rendering.redirectTo("/call-centre/customers/" + customer.value() + "/new-card").build();
            });
        }));
    }

    @GetMapping("/customers/{customerId}/new-card")
    Mono<Rendering> newCardForm(@PathVariable String customerId, ServerWebExchange exchange) {
        var query = exchange.getRequest().getQueryParams();
        List<String> fieldErrors = query.getOrDefault("field", List.of()).stream().filter(CARD_FIELDS::contains).toList();
        return customerPage(customerId, exchange, (operator, customer, model) -> exchange.getSession().flatMap(session -> {
            Map<String, String> pending = session.getAttribute(PENDING_ORDER);
            if (pending == null || !customer.value().equals(pending.get("customer")) || pending.get("card") != null) {
                return Mono.just(toCustomer(customer, "choose-card"));
            }
            return phone.newCardForm(operator, customer, orderOf(pending)).map(form -> {
                session.getAttributes().put(CODE_FORM, customer.value() + " new " + form.pspOrderId());
                return view("callcentre/new-card", model)
                        .modelAttribute("cardForm", form)
                        .modelAttribute("pending", pending)
                        .modelAttribute("refused", query.containsKey("refused"))
                        .modelAttribute("fieldErrors", fieldErrors)
                        .build();
            });
        }));
    }

    /** The PSP took the new card: the gateway checks the redirect and registers the card, then the order is paid with it. */
    @GetMapping("/customers/{customerId}/new-card/accepted")
    Mono<Rendering> newCardAccepted(@PathVariable String customerId, ServerWebExchange exchange) {
        // a redirect naming a parameter twice is ambiguous: refused (no ORDERID matches), never passed on
        Map<String, String> redirect = PspRedirects.parametersOf(exchange.getRequest().getQueryParams()).orElse(Map.of());
        return customerPage(customerId, exchange, (operator, customer, model) -> exchange.getSession().flatMap(session -> {
            Map<String, String> pending = session.getAttribute(PENDING_ORDER);
            String asked = session.getAttribute(CODE_FORM);
            session.getAttributes().remove(CODE_FORM);
            if (pending == null || pending.get("card") != null || asked == null || !asked.startsWith(customer.value() + " new ")) {
                return Mono.just(toCustomer(customer, "choose-card"));
            }
            PhoneOrder order = orderOf(pending);
            return phone.payWithNewCard(operator, customer, order, asked.substring(asked.lastIndexOf(' ') + 1), redirect)
                    .map(payment -> after(session, customer, order, payment, model));
        }));
    }

    /**
     * The PSP refused the new card: its form again, with the fields it named in error next to their inputs. Display
     * only: nothing is decided from this unsigned echo.
     */
    @GetMapping("/customers/{customerId}/new-card/refused")
    Mono<Rendering> newCardRefused(@PathVariable String customerId, ServerWebExchange exchange) {
        var feedback = exchange.getRequest().getQueryParams();
        String fields = PspRedirects.fieldsInErrorAsQuery(feedback, CARD_FIELDS);
        return customerPage(customerId, exchange, (operator, customer, model) ->
                Mono.just(Rendering.redirectTo("/call-centre/customers/" + customer.value() + "/new-card?refused" + fields).build()));
    }

    @GetMapping("/customers/{customerId}/security-code")
    Mono<Rendering> securityCode(@PathVariable String customerId, ServerWebExchange exchange) {
        boolean refused = exchange.getRequest().getQueryParams().containsKey("refused");
        return customerPage(customerId, exchange, (operator, customer, model) -> exchange.getSession().flatMap(session -> {
            Map<String, String> pending = session.getAttribute(PENDING_ORDER);
            if (pending == null || !customer.value().equals(pending.get("customer"))) {
                return Mono.just(toCustomer(customer, "choose-card"));
            }
            UUID cardId = UUID.fromString(pending.get("card"));
            return phone.securityCodeForm(operator, customer, pending.get("orderReference"), cardId)
                    .map(form -> {
                        session.getAttributes().put(CODE_FORM, customer.value() + " " + cardId + " " + form.pspOrderId());
                        return view("callcentre/security-code", model)
                                .modelAttribute("cardForm", form)
                                .modelAttribute("pending", pending)
                                .modelAttribute("refused", refused)
                                .build();
                    })
                    .switchIfEmpty(Mono.fromSupplier(() -> toCustomer(customer, "unknown-card")));
        }));
    }

    /** The PSP took the code: the gateway checks the redirect, then the waiting order is paid under its same key. */
    @GetMapping("/customers/{customerId}/security-code/accepted")
    Mono<Rendering> securityCodeAccepted(@PathVariable String customerId, ServerWebExchange exchange) {
        // a redirect naming a parameter twice is ambiguous: refused (no ORDERID matches), never passed on
        Map<String, String> redirect = PspRedirects.parametersOf(exchange.getRequest().getQueryParams()).orElse(Map.of());
        return customerPage(customerId, exchange, (operator, customer, model) -> exchange.getSession().flatMap(session -> {
            Map<String, String> pending = session.getAttribute(PENDING_ORDER);
            String asked = session.getAttribute(CODE_FORM);
            session.getAttributes().remove(CODE_FORM);
            if (pending == null || asked == null || !asked.startsWith(customer.value() + " " + pending.get("card") + " ")) {
                return Mono.just(toCustomer(customer, "choose-card"));
            }
            String expectedForm = asked.substring(asked.lastIndexOf(' ') + 1);
            PhoneOrder order = orderOf(pending);
            return phone.acceptSecurityCode(operator, customer, order.cardId(), expectedForm, redirect)
                    .flatMap(taken -> !taken
                            ? Mono.just(Rendering.redirectTo("/call-centre/customers/" + customer.value() + "/security-code?refused").build())
                            : phone.pay(operator, customer, order).map(payment -> after(session, customer, order,
                                    payment.outcome() == PaymentOutcome.SECURITY_CODE_NEEDED
                                            ? new PhonePayment(PaymentOutcome.REFUSED, null, payment.detail()) : payment, model)));
        }));
    }

    /** The PSP refused the code: back to its form, with the message. Nothing is decided from this unsigned echo. */
    @GetMapping("/customers/{customerId}/security-code/refused")
    Mono<Rendering> securityCodeRefused(@PathVariable String customerId, ServerWebExchange exchange) {
        return customerPage(customerId, exchange, (operator, customer, model) ->
                Mono.just(Rendering.redirectTo("/call-centre/customers/" + customer.value() + "/security-code?refused").build()));
    }

    private Rendering after(WebSession session, CustomerId customer, PhoneOrder order, PhonePayment payment,
                            Map<String, Object> model) {
        if (payment.outcome() == PaymentOutcome.SECURITY_CODE_NEEDED) {
            session.getAttributes().put(PENDING_ORDER, pending(customer, order));
            return Rendering.redirectTo("/call-centre/customers/" + customer.value() + "/security-code").build();
        }
        session.getAttributes().remove(PENDING_ORDER);
        if (payment.outcome() == PaymentOutcome.PAID) {
            return view("callcentre/paid", model).modelAttribute("payment", payment.payment())
                    .modelAttribute("order", order).build();
        }
        return toCustomer(customer, switch (payment.outcome()) {
            case DECLINED -> "declined";
            case LIMITED -> "limited";
            case UNKNOWN_CARD -> "unknown-card";
            case IN_PROGRESS -> "in-progress";
            case BUSY -> "busy";
            default -> "refused";
        });
    }

    /** The order kept in the web session while the PSP's form is out: plain text only, never card data or an alias. */
    private static HashMap<String, String> pending(CustomerId customer, PhoneOrder order) {
        HashMap<String, String> pending = new HashMap<>();
        pending.put("customer", customer.value());
        pending.put("orderReference", order.orderReference());
        pending.put("amount", order.amount());
        pending.put("currency", order.currency());
        if (!order.isWithNewCard()) {
            pending.put("card", order.cardId().toString());
        }
        pending.put("key", order.idempotencyKey().toString());
        pending.put("save", Boolean.toString(order.saveNewCard()));
        return pending;
    }

    private static PhoneOrder orderOf(Map<String, String> pending) {
        return pending.get("card") == null
                ? PhoneOrder.withNewCard(pending.get("orderReference"), pending.get("amount"), pending.get("currency"),
                        pending.get("key"), Boolean.parseBoolean(pending.get("save")))
                : PhoneOrder.of(pending.get("orderReference"), pending.get("amount"), pending.get("currency"),
                        pending.get("card"), pending.get("key"));
    }

    /** The customer's page: the cards, the form paying with one of them, the form paying with a new card (each with its values and errors). */
    private static Rendering.Builder<?> customerView(Map<String, Object> model, List<?> cards, Map<String, String> order,
                                                     Map<String, String> fieldErrors, Map<String, String> newCardOrder,
                                                     Map<String, String> newCardErrors) {
        return view("callcentre/customer", model)
                .modelAttribute("cards", cards)
                .modelAttribute("order", order)
                .modelAttribute("fieldErrors", fieldErrors)
                .modelAttribute("newCardOrder", newCardOrder)
                .modelAttribute("newCardErrors", newCardErrors)
                .modelAttribute("outcome", null)
                .modelAttribute("key", UUID.randomUUID().toString())
                .modelAttribute("newCardKey", UUID.randomUUID().toString());
    }

    private static final List<String> OUTCOMES = List.of("declined", "limited", "unknown-card", "in-progress", "busy", "refused",
            "choose-card");

    private static String knownOutcome(String outcome) {
        return outcome != null && OUTCOMES.contains(outcome) ? outcome : null;
    }

    private static Rendering toCustomer(CustomerId customer, String outcome) {
        return Rendering.redirectTo("/call-centre/customers/" + customer.value() + "?outcome=" + outcome).build();
    }

    /** A form field given once; a field given twice is treated as absent (refused, never guessed). */
    private static String single(MultiValueMap<String, String> form, String field) {
        List<String> values = form.get(field);
        return values != null && values.size() == 1 ? values.get(0) : null;
    }

    interface CustomerAction {
        Mono<Rendering> render(SignedInBuyer operator, CustomerId customer, Map<String, Object> model);
    }

    interface PageAction {
        Mono<Rendering> render(SignedInBuyer operator, Map<String, Object> model);
    }

    private Mono<Rendering> customerPage(String customerId, ServerWebExchange exchange, CustomerAction action) {
        return page(exchange, (operator, model) -> {
            if (!CustomerId.isValid(customerId)) {
                return Mono.just(view("callcentre/search", model).modelAttribute("customerError", true)
                        .status(HttpStatus.NOT_FOUND).build());
            }
            CustomerId customer = new CustomerId(customerId);
            model.put("customer", customer.value());
            return action.render(operator, customer, model);
        });
    }

    /**
     * The signed-in person (a guest was sent to sign in by the page chain), the language and formats, no caching;
     * a person who is not an operator gets the 403 page.
     */
    private Mono<Rendering> page(ServerWebExchange exchange, PageAction action) {
        Map<String, Object> model = PageFormats.pageModel(exchange, timeZone);
        Function<Throwable, Mono<Rendering>> forbidden = refused ->
                Mono.just(view("callcentre/not-an-operator", model).status(HttpStatus.FORBIDDEN).build());
        return people.of(exchange)
                .flatMap(person -> action.render(person, model))
                .onErrorResume(NotAnOperatorException.class, forbidden::apply)
                .switchIfEmpty(Mono.fromSupplier(() -> Rendering.redirectTo("/oauth2/authorization/checkout-web").build()));
    }

    private static Rendering.Builder<?> view(String name, Map<String, Object> model) {
        return Rendering.view(name).model(model);
    }
}
