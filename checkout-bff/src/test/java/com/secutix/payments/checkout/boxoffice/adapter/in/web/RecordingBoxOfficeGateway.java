package com.secutix.payments.checkout.boxoffice.adapter.in.web;

import com.secutix.payments.checkout.boxoffice.application.BoxOfficeGateway;
import com.secutix.payments.checkout.boxoffice.application.GatewayRefusalException;
import com.secutix.payments.checkout.boxoffice.application.Terminal;
import com.secutix.payments.checkout.boxoffice.application.UnknownPaymentException;
import com.secutix.payments.checkout.boxoffice.domain.CounterPayment;
import com.secutix.payments.checkout.boxoffice.domain.EnteredSecurityCode;
import com.secutix.payments.checkout.boxoffice.domain.PaymentOutcome;
import com.secutix.payments.checkout.boxoffice.domain.SecurityCodeForm;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;

/**
 * The gateway port played by hand for the BFF's own API: it records every call and answers what the test scripted,
 * by {@code Idempotency-Key} for payments. A scripted payment behaves as the gateway's idempotency does: the first
 * request under the key pays, the same request under the same key answers the same payment as a replay, another
 * request under it is refused. What the real adapter sends over HTTP is WebClientBoxOfficeGatewayTest's.
 */
class RecordingBoxOfficeGateway implements BoxOfficeGateway {

    record Paid(Terminal terminal, CounterPayment payment, String idempotencyKey) {
    }

    record FormAsked(Terminal terminal, String customerId, String cardId, String orderReference, URI acceptUrl,
                     URI exceptionUrl) {
    }

    record RedirectChecked(Terminal terminal, Map<String, String> parameters) {
    }

    final List<Paid> payments = new CopyOnWriteArrayList<>();
    final List<UUID> paymentsRead = new CopyOnWriteArrayList<>();
    final List<FormAsked> forms = new CopyOnWriteArrayList<>();
    final List<RedirectChecked> redirects = new CopyOnWriteArrayList<>();

    private final Map<String, PaymentOutcome> outcomes = new ConcurrentHashMap<>();
    private final Map<String, RuntimeException> refusals = new ConcurrentHashMap<>();
    private final Map<String, CounterPayment> firstRequests = new ConcurrentHashMap<>();
    private volatile Mono<SecurityCodeForm> form = Mono.error(new AssertionError("no security-code form scripted"));
    private volatile Mono<EnteredSecurityCode> entered = Mono.error(new AssertionError("no security-code result scripted"));

    void reset() {
        payments.clear();
        paymentsRead.clear();
        forms.clear();
        redirects.clear();
        outcomes.clear();
        refusals.clear();
        firstRequests.clear();
        form = Mono.error(new AssertionError("no security-code form scripted"));
        entered = Mono.error(new AssertionError("no security-code result scripted"));
    }

    /** A payment under {@code key} ends as {@code outcome} (its replays answer it again). */
    RecordingBoxOfficeGateway answers(String key, PaymentOutcome outcome) {
        outcomes.put(key, outcome);
        return this;
    }

    /** A payment under {@code key} is refused with {@code failure}, as the adapter raises it. */
    RecordingBoxOfficeGateway refuses(String key, RuntimeException failure) {
        refusals.put(key, failure);
        return this;
    }

    RecordingBoxOfficeGateway answersForm(SecurityCodeForm answer) {
        form = Mono.just(answer);
        return this;
    }

    RecordingBoxOfficeGateway answersRedirect(EnteredSecurityCode answer) {
        entered = Mono.just(answer);
        return this;
    }

    RecordingBoxOfficeGateway refusesRedirect(RuntimeException failure) {
        entered = Mono.error(failure);
        return this;
    }

    /** Whether anything at all was asked of the gateway. */
    boolean untouched() {
        return payments.isEmpty() && paymentsRead.isEmpty() && forms.isEmpty() && redirects.isEmpty();
    }

    @Override
    public Mono<PaymentOutcome> pay(Terminal terminal, CounterPayment payment, String idempotencyKey) {
        return Mono.defer(() -> {
            payments.add(new Paid(terminal, payment, idempotencyKey));
            RuntimeException refusal = refusals.get(idempotencyKey);
            if (refusal != null) {
                return Mono.error(refusal);
            }
            PaymentOutcome outcome = outcomes.get(idempotencyKey);
            if (outcome == null) {
                return Mono.error(new AssertionError("no answer scripted for Idempotency-Key " + idempotencyKey));
            }
            CounterPayment first = firstRequests.putIfAbsent(idempotencyKey, payment);
            if (first == null) {
                return Mono.just(outcome);
            }
            if (!first.equals(payment)) {
                return Mono.error(new GatewayRefusalException(422, "This Idempotency-Key was used for another request."));
            }
            return Mono.just(new PaymentOutcome(outcome.id(), outcome.state(), outcome.amount(), outcome.currency(),
                    outcome.orderReference(), outcome.customerId(), outcome.card(), true));
        });
    }

    @Override
    public Mono<PaymentOutcome> payment(Terminal terminal, UUID paymentId) {
        return Mono.defer(() -> {
            paymentsRead.add(paymentId);
            Optional<PaymentOutcome> known = outcomes.values().stream().filter(outcome -> outcome.id().equals(paymentId))
                    .findFirst();
            return known.map(Mono::just).orElseGet(() -> Mono.error(new UnknownPaymentException()));
        });
    }

    @Override
    public Mono<SecurityCodeForm> securityCodeForm(Terminal terminal, String customerId, String cardId, String orderReference,
                                                   URI acceptUrl, URI exceptionUrl) {
        return Mono.defer(() -> {
            forms.add(new FormAsked(terminal, customerId, cardId, orderReference, acceptUrl, exceptionUrl));
            return form;
        });
    }

    @Override
    public Mono<EnteredSecurityCode> securityCodeEntered(Terminal terminal, Map<String, String> redirectParameters) {
        return Mono.defer(() -> {
            redirects.add(new RedirectChecked(terminal, Map.copyOf(redirectParameters)));
            return entered;
        });
    }
}
