package com.secutix.payments.checkout.callcentre.application;

import com.secutix.payments.checkout.account.application.AccountCardVault;
import com.secutix.payments.checkout.account.domain.AccountCard;
import com.secutix.payments.checkout.callcentre.domain.CustomerId;
import com.secutix.payments.checkout.callcentre.domain.OperatorAction;
import com.secutix.payments.checkout.callcentre.domain.OperatorActionType;
import com.secutix.payments.checkout.callcentre.domain.PhoneOrder;
import com.secutix.payments.checkout.payment.application.CardEntryRefusedException;
import com.secutix.payments.checkout.payment.application.GatewayBusyException;
import com.secutix.payments.checkout.payment.application.PaymentInProgressException;
import com.secutix.payments.checkout.payment.application.PaymentLimitedException;
import com.secutix.payments.checkout.payment.application.PaymentRefusedException;
import com.secutix.payments.checkout.payment.application.SecurityCodeRequiredException;
import com.secutix.payments.checkout.payment.domain.CardEntryForm;
import com.secutix.payments.checkout.payment.domain.EnteredCard;
import com.secutix.payments.checkout.payment.domain.GatewayPayment;
import com.secutix.payments.checkout.signin.SignedInBuyer;
import com.secutix.payments.platform.security.Role;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import reactor.core.publisher.Mono;

/**
 * A call-centre operator serving a customer on the phone: the customer's saved cards (read from the vault with the
 * operator's own token, so only customers of the operator's tenant), an order paid with one of them as a mail/phone
 * order, the card's security code typed into the PSP's form when the tenant's policy asks for it at the call
 * centre, or a new card the customer reads out, typed into the PSP's form and saved for the customer with their
 * agreement (its channel: the call centre). Every action is written to the audit trail with its outcome, refusals included, before the answer is
 * given; someone who is not an operator is refused and that refusal is recorded too.
 */
public class ServeCustomersByPhone {

    /** How paying by phone went. */
    public enum PaymentOutcome { PAID, DECLINED, SECURITY_CODE_NEEDED, IN_PROGRESS, BUSY, LIMITED, UNKNOWN_CARD, REFUSED }

    /** The outcome, the payment when the gateway answered one, and the gateway's words for a refusal. */
    public record PhonePayment(PaymentOutcome outcome, GatewayPayment payment, String detail) {
    }

    /** Where the PSP sends the operator's browser back, for a customer and a step. */
    public record ReturnPages(URI accepted, URI refused) {
    }

    /** The steps that go through the PSP's Alias Gateway, each with its own return pages. */
    public enum PspStep {
        SECURITY_CODE("security-code"), NEW_CARD("new-card");

        private final String path;

        PspStep(String path) {
            this.path = path;
        }

        /** The step's part of the page's address. */
        public String path() {
            return path;
        }
    }

    private final AccountCardVault vault;
    private final PhonePayments gateway;
    private final OperatorAudit audit;
    private final BiFunction<CustomerId, PspStep, ReturnPages> returnPages;
    private final Clock clock;

    public ServeCustomersByPhone(AccountCardVault vault, PhonePayments gateway, OperatorAudit audit,
                                 BiFunction<CustomerId, PspStep, ReturnPages> returnPages, Clock clock) {
        this.vault = vault;
        this.gateway = gateway;
        this.audit = audit;
        this.returnPages = returnPages;
        this.clock = clock;
    }

    /** The customer's saved cards, expired ones included (shown, not selectable). */
    public Mono<List<AccountCard>> cards(SignedInBuyer operator, CustomerId customer) {
        return asOperator(operator, customer, OperatorActionType.VIEW_CARDS)
                .then(Mono.defer(() -> vault.cardsOf(operator.accessToken(), customer.value()).collectList()))
                .flatMap(cards -> record(operator, customer, OperatorActionType.VIEW_CARDS, null, null,
                        cards.isEmpty() ? "NO_CARDS" : "DONE").thenReturn(cards));
    }

    /** Pays the order with one of the customer's usable saved cards. */
    public Mono<PhonePayment> pay(SignedInBuyer operator, CustomerId customer, PhoneOrder order) {
        return asOperator(operator, customer, OperatorActionType.PAY)
                .then(Mono.defer(() -> usableCard(operator, customer, order.cardId().toString())))
                .flatMap(usable -> !usable
                        ? Mono.just(new PhonePayment(PaymentOutcome.UNKNOWN_CARD, null, "No usable card of this customer has this id."))
                        : answer(gateway.pay(operator.accessToken(), customer.value(), order)))
                .flatMap(payment -> record(operator, customer, OperatorActionType.PAY, order.cardId(), order.orderReference(),
                        payment.outcome().name()).thenReturn(payment));
    }

    /** The PSP's form for the security code of one of the customer's usable cards. */
    public Mono<CardEntryForm> securityCodeForm(SignedInBuyer operator, CustomerId customer, String orderReference, UUID cardId) {
        ReturnPages pages = returnPages.apply(customer, PspStep.SECURITY_CODE);
        return asOperator(operator, customer, OperatorActionType.SECURITY_CODE_FORM)
                .then(Mono.defer(() -> usableCard(operator, customer, cardId.toString())))
                .flatMap(usable -> usable
                        ? gateway.securityCodeForm(operator.accessToken(), customer.value(), orderReference, cardId.toString(),
                                pages.accepted(), pages.refused())
                                .flatMap(form -> record(operator, customer, OperatorActionType.SECURITY_CODE_FORM, cardId,
                                        orderReference, "DONE").thenReturn(form))
                        : record(operator, customer, OperatorActionType.SECURITY_CODE_FORM, cardId, orderReference, "UNKNOWN_CARD")
                                .then(Mono.empty()));
    }

    /**
     * The PSP's redirect after the security code, for the form {@code expectedForm} this operator's web session
     * asked for: emits true once the gateway holds the code for the card's next payment, false when refused.
     */
    public Mono<Boolean> acceptSecurityCode(SignedInBuyer operator, CustomerId customer, UUID cardId, String expectedForm,
                                            Map<String, String> redirectParameters) {
        boolean asked = expectedForm != null && expectedForm.equals(redirectParameters.get("ORDERID"));
        return asOperator(operator, customer, OperatorActionType.SECURITY_CODE_ENTERED)
                .then(Mono.defer(() -> asked ? gateway.securityCodeResult(operator.accessToken(), redirectParameters).thenReturn(true)
                        .onErrorResume(CardEntryRefusedException.class, refused -> Mono.just(false)) : Mono.just(false)))
                .flatMap(taken -> record(operator, customer, OperatorActionType.SECURITY_CODE_ENTERED, cardId, null,
                        taken ? "DONE" : "REFUSED").thenReturn(taken));
    }

    /** The PSP's form in which the operator types the new card the customer reads out, for the order. */
    public Mono<CardEntryForm> newCardForm(SignedInBuyer operator, CustomerId customer, PhoneOrder order) {
        ReturnPages pages = returnPages.apply(customer, PspStep.NEW_CARD);
        return asOperator(operator, customer, OperatorActionType.CARD_ENTRY_FORM)
                .then(Mono.defer(() -> gateway.cardEntryForm(operator.accessToken(), customer.value(), order.orderReference(),
                        pages.accepted(), pages.refused())))
                .flatMap(form -> record(operator, customer, OperatorActionType.CARD_ENTRY_FORM, null, order.orderReference(), "DONE")
                        .thenReturn(form));
    }

    /**
     * The PSP's redirect after the new card, for the form {@code expectedForm} this operator's web session asked for:
     * the gateway checks it and registers the card to the customer, then the order is paid with it at once (saved
     * for the customer when the order says so, on the CALL_CENTRE channel). The alias is held for this call only.
     */
    public Mono<PhonePayment> payWithNewCard(SignedInBuyer operator, CustomerId customer, PhoneOrder order, String expectedForm,
                                             Map<String, String> redirectParameters) {
        boolean asked = expectedForm != null && expectedForm.equals(redirectParameters.get("ORDERID"));
        return asOperator(operator, customer, OperatorActionType.CARD_ENTERED)
                .then(Mono.defer(() -> asked ? gateway.cardEntryResult(operator.accessToken(), redirectParameters)
                        .map(Optional::of)
                        .onErrorResume(CardEntryRefusedException.class, refused -> Mono.just(Optional.empty()))
                        : Mono.just(Optional.<EnteredCard>empty())))
                .flatMap(entered -> record(operator, customer, OperatorActionType.CARD_ENTERED, null, order.orderReference(),
                        entered.isPresent() ? "DONE" : "REFUSED").thenReturn(entered))
                .flatMap(entered -> entered.isEmpty()
                        ? Mono.just(new PhonePayment(PaymentOutcome.REFUSED, null, "The card was not entered."))
                        : answer(gateway.payWithEnteredCard(operator.accessToken(), customer.value(), order, entered.get()))
                                .flatMap(payment -> record(operator, customer, OperatorActionType.PAY, null, order.orderReference(),
                                        payment.outcome().name()).thenReturn(payment)));
    }

    /** Completes for an operator; otherwise records the refusal and errors with {@link NotAnOperatorException}. */
    private Mono<Void> asOperator(SignedInBuyer person, CustomerId customer, OperatorActionType action) {
        return person.caller().has(Role.OPERATOR) ? Mono.empty()
                : record(person, customer, action, null, null, "NOT_AN_OPERATOR").then(Mono.error(new NotAnOperatorException()));
    }

    private Mono<Boolean> usableCard(SignedInBuyer operator, CustomerId customer, String cardId) {
        return vault.cardsOf(operator.accessToken(), customer.value())
                .any(card -> card.id().equals(cardId) && !card.expired());
    }

    /** The gateway's answer to a payment as an outcome: its refusals are outcomes too, never errors. */
    private static Mono<PhonePayment> answer(Mono<GatewayPayment> payment) {
        return payment.map(ServeCustomersByPhone::answered)
                .onErrorResume(SecurityCodeRequiredException.class, code ->
                        Mono.just(new PhonePayment(PaymentOutcome.SECURITY_CODE_NEEDED, null, code.getMessage())))
                .onErrorResume(PaymentRefusedException.class, refused ->
                        Mono.just(new PhonePayment(PaymentOutcome.REFUSED, null, refused.getMessage())))
                .onErrorResume(PaymentLimitedException.class, limited ->
                        Mono.just(new PhonePayment(PaymentOutcome.LIMITED, null, limited.getMessage())))
                .onErrorResume(PaymentInProgressException.class, running ->
                        Mono.just(new PhonePayment(PaymentOutcome.IN_PROGRESS, null, running.getMessage())))
                .onErrorResume(GatewayBusyException.class, busy ->
                        Mono.just(new PhonePayment(PaymentOutcome.BUSY, null, busy.getMessage())));
    }

    private static PhonePayment answered(GatewayPayment payment) {
        PaymentOutcome outcome = payment.state().isPaid() ? PaymentOutcome.PAID
                : payment.state().isRefused() ? PaymentOutcome.DECLINED : PaymentOutcome.IN_PROGRESS;
        return new PhonePayment(outcome, payment, null);
    }

    private Mono<Void> record(SignedInBuyer person, CustomerId customer, OperatorActionType action, UUID cardId,
                              String orderId, String outcome) {
        return audit.record(new OperatorAction(UUID.randomUUID(), person.caller().tenantId(), person.caller().subject(),
                customer.value(), action, cardId, orderId, outcome, clock.instant()));
    }
}
