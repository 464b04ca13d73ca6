package com.secutix.payments.checkout.callcentre.adapter.out.gateway;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.secutix.payments.checkout.callcentre.application.PhonePayments;
import com.secutix.payments.checkout.callcentre.domain.PhoneOrder;
import com.secutix.payments.checkout.payment.adapter.out.gateway.WebClientGateway;
import com.secutix.payments.checkout.payment.application.CardEntryRefusedException;
import com.secutix.payments.checkout.payment.domain.CardEntryForm;
import com.secutix.payments.checkout.payment.domain.EnteredCard;
import com.secutix.payments.checkout.payment.domain.GatewayPayment;
import com.secutix.payments.checkout.payment.domain.ShownCard;
import java.net.URI;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The gateway's {@code /payments} and {@code /card-entry}, called with the operator's own access token: the
 * gateway decides the channel (CALL_CENTRE) and counts attempts from who the operator is, not from anything the
 * BFF claims.
 */
public class WebClientPhonePayments implements PhonePayments {

    private final WebClient gateway;

    public WebClientPhonePayments(WebClient gateway) {
        this.gateway = gateway;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PayBody(String cardId, String alias, String amount, String currency, String orderReference, String customerId,
                   String channel, Boolean saveCard) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FormRequest(String orderReference, String customerId, String cardId, String acceptUrl, String exceptionUrl) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CardView(String brand, String maskedNumber, String expiry, String holderName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ResultResponse(String alias, CardView card) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FormResponse(String action, Map<String, String> fields) {
    }

    record ResultRequest(Map<String, String> parameters) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String detail) {
    }

    @Override
    public Mono<GatewayPayment> pay(String operatorToken, String customerId, PhoneOrder order) {
        return pay(operatorToken, order, new PayBody(order.cardId().toString(), null, order.amount(), order.currency(),
                order.orderReference(), customerId, "CALL_CENTRE", null));
    }

    @Override
    public Mono<GatewayPayment> payWithEnteredCard(String operatorToken, String customerId, PhoneOrder order, EnteredCard card) {
        return pay(operatorToken, order, new PayBody(null, card.alias(), order.amount(), order.currency(),
                order.orderReference(), customerId, "CALL_CENTRE", order.saveNewCard()));
    }

    private Mono<GatewayPayment> pay(String operatorToken, PhoneOrder order, PayBody body) {
        return gateway.post().uri("/payments")
                .headers(headers -> {
                    headers.setBearerAuth(operatorToken);
                    headers.set("Idempotency-Key", order.idempotencyKey().toString());
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchangeToMono(WebClientGateway::paymentOrRefusal);
    }

    @Override
    public Mono<CardEntryForm> cardEntryForm(String operatorToken, String customerId, String orderReference, URI accepted,
                                             URI refused) {
        return form(operatorToken, new FormRequest(orderReference, customerId, null, accepted.toString(), refused.toString()));
    }

    @Override
    public Mono<EnteredCard> cardEntryResult(String operatorToken, Map<String, String> redirectParameters) {
        return result(operatorToken, redirectParameters, ResultResponse.class)
                .map(entered -> new EnteredCard(entered.alias(), new ShownCard(entered.card().brand(), entered.card().maskedNumber(),
                        entered.card().expiry(), entered.card().holderName())));
    }

    @Override
    public Mono<CardEntryForm> securityCodeForm(String operatorToken, String customerId, String orderReference, String cardId,
                                                URI accepted, URI refused) {
        return form(operatorToken, new FormRequest(orderReference, customerId, cardId, accepted.toString(), refused.toString()));
    }

    private Mono<CardEntryForm> form(String operatorToken, FormRequest request) {
        return gateway.post().uri("/card-entry/forms")
                .headers(headers -> headers.setBearerAuth(operatorToken))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request)
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(FormResponse.class).map(form -> new CardEntryForm(URI.create(form.action()), form.fields()))
                        : detailOf(response).flatMap(detail -> Mono.error(new IllegalStateException(
                                "the gateway answered " + response.statusCode() + " to a card-entry form: " + detail))));
    }

    @Override
    public Mono<Void> securityCodeResult(String operatorToken, Map<String, String> redirectParameters) {
        return result(operatorToken, redirectParameters, Void.class).then();
    }

    /** The gateway's check of the PSP's redirect: its answer read as {@code answer}, or the refusal. */
    private <T> Mono<T> result(String operatorToken, Map<String, String> redirectParameters, Class<T> answer) {
        return gateway.post().uri("/card-entry/results")
                .headers(headers -> headers.setBearerAuth(operatorToken))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new ResultRequest(redirectParameters))
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(answer)
                        : detailOf(response).flatMap(detail -> Mono.error(response.statusCode().is4xxClientError()
                                ? new CardEntryRefusedException(detail)
                                : new IllegalStateException("the gateway answered " + response.statusCode() + " to a card entry: " + detail))));
    }

    private static Mono<String> detailOf(ClientResponse response) {
        return response.bodyToMono(Problem.class).map(problem -> String.valueOf(problem.detail()))
                .onErrorResume(unreadable -> Mono.just("(no problem detail)"))
                .defaultIfEmpty("(no body)");
    }
}
