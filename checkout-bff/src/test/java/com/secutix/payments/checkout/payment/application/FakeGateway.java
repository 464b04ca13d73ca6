package com.secutix.payments.checkout.payment.application;

import com.secutix.payments.checkout.payment.domain.CardEntryForm;
import com.secutix.payments.checkout.payment.domain.EnteredCard;
import com.secutix.payments.checkout.payment.domain.GatewayPayment;
import com.secutix.payments.checkout.payment.domain.GatewayPaymentState;
import com.secutix.payments.checkout.payment.domain.ShownCard;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * The payment gateway in memory: it answers {@link #pay} with the answers queued (a captured payment when none
 * is), and remembers every request: the orders with their idempotency keys, the card-entry forms and results.
 */
class FakeGateway implements Gateway {

    static final ShownCard CARD = new ShownCard("VISA", "XXXXXXXXXXXX4242", "12/29", "Alice Martin");

    /** A payment request as the gateway received it. */
    record PayRequest(String tenantId, PaymentOrder order, String idempotencyKey) {
    }

    /** The gateway's answer when the buyer is back from 3-D Secure: the payment as the PSP then says it stands. */
    record BuyerReturn(UUID paymentId, Map<String, String> redirectParameters) {
    }

    private final Deque<Mono<GatewayPayment>> answers = new ArrayDeque<>();
    private final Deque<GatewayPaymentState> afterReturn = new ArrayDeque<>();
    private final List<BuyerReturn> buyerReturns = new ArrayList<>();
    private final List<PayRequest> payRequests = new ArrayList<>();
    private final List<Map<String, String>> cardEntryResults = new ArrayList<>();
    private int cardEntryForms;
    private EnteredCard enteredCard = new EnteredCard("ALIAS-" + UUID.randomUUID(), CARD);

    static GatewayPayment payment(GatewayPaymentState state) {
        return new GatewayPayment(UUID.randomUUID(), state, CARD, "P" + UUID.randomUUID().toString().replace("-", ""), null);
    }

    synchronized FakeGateway answers(Mono<GatewayPayment> answer) {
        answers.add(answer);
        return this;
    }

    synchronized FakeGateway answers(GatewayPaymentState state) {
        return answers(Mono.just(payment(state)));
    }

    synchronized FakeGateway fails(RuntimeException failure) {
        return answers(Mono.error(failure));
    }

    synchronized FakeGateway entersCard(EnteredCard card) {
        this.enteredCard = card;
        return this;
    }

    /** The state the next buyer return finds the payment in (captured when none is queued). */
    synchronized FakeGateway afterReturn(GatewayPaymentState state) {
        afterReturn.add(state);
        return this;
    }

    synchronized List<BuyerReturn> buyerReturns() {
        return List.copyOf(buyerReturns);
    }

    synchronized List<PayRequest> payRequests() {
        return List.copyOf(payRequests);
    }

    synchronized List<String> idempotencyKeys() {
        return payRequests.stream().map(PayRequest::idempotencyKey).toList();
    }

    synchronized List<Map<String, String>> cardEntryResults() {
        return List.copyOf(cardEntryResults);
    }

    synchronized int cardEntryForms() {
        return cardEntryForms;
    }

    @Override
    public Mono<CardEntryForm> cardEntryForm(String tenantId, String customerId, String orderReference, URI acceptUrl,
                                             URI exceptionUrl, String buyerAddress) {
        return Mono.fromCallable(() -> {
            synchronized (this) {
                cardEntryForms++;
                return new CardEntryForm(URI.create("http://localhost:8090/ncol/test/alias_gateway.asp"), Map.of(
                        "ORDERID", "C" + UUID.randomUUID().toString().replace("-", ""),
                        "ACCEPTURL", acceptUrl.toString(), "EXCEPTIONURL", exceptionUrl.toString()));
            }
        });
    }

    @Override
    public Mono<CardEntryForm> securityCodeForm(String tenantId, String customerId, String orderReference, String savedCardId,
                                                URI acceptUrl, URI exceptionUrl, String buyerAddress) {
        return cardEntryForm(tenantId, customerId, orderReference, acceptUrl, exceptionUrl, buyerAddress);
    }

    @Override
    public Mono<Void> securityCodeResult(String tenantId, Map<String, String> redirectParameters, String buyerAddress) {
        return cardEntryResult(tenantId, redirectParameters, buyerAddress).then();
    }

    @Override
    public Mono<EnteredCard> cardEntryResult(String tenantId, Map<String, String> redirectParameters, String buyerAddress) {
        return Mono.fromCallable(() -> {
            synchronized (this) {
                cardEntryResults.add(Map.copyOf(redirectParameters));
                return enteredCard;
            }
        });
    }

    @Override
    public Mono<GatewayPayment> pay(String tenantId, PaymentOrder order, String idempotencyKey) {
        return Mono.defer(() -> {
            synchronized (this) {
                payRequests.add(new PayRequest(tenantId, order, idempotencyKey));
                Mono<GatewayPayment> answer = answers.poll();
                return answer == null ? Mono.just(payment(GatewayPaymentState.CAPTURED)) : answer;
            }
        });
    }

    @Override
    public Mono<GatewayPayment> payment(String tenantId, UUID paymentId) {
        return Mono.just(new GatewayPayment(paymentId, GatewayPaymentState.CAPTURED, CARD, "P-" + paymentId, null));
    }

    @Override
    public Mono<GatewayPayment> buyerReturned(String tenantId, UUID paymentId, Map<String, String> redirectParameters) {
        return Mono.fromCallable(() -> {
            synchronized (this) {
                buyerReturns.add(new BuyerReturn(paymentId, Map.copyOf(redirectParameters)));
                GatewayPaymentState state = afterReturn.poll();
                return new GatewayPayment(paymentId, state == null ? GatewayPaymentState.CAPTURED : state, CARD, "P-" + paymentId, null);
            }
        });
    }
}
